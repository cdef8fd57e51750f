using System.Text.Json;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// A JSON article object: <c>title</c>, <c>author</c> (a string or a list), <c>publishedAt</c>,
/// <c>source</c>, <c>language</c>, and the text as <c>body</c> (a string with one paragraph per
/// line, or a list of strings or of <c>{ "type": "heading" | "paragraph", "text": … }</c>
/// objects) or as <c>html</c>. Common aliases (headline, date, content, text…) are accepted.
/// </summary>
internal sealed class JsonArticleExtractor(IOptions<ExtractionOptions> options) : IFormatExtractor
{
    private const int MaxDepth = 64;

    private readonly HtmlExtractor _html = new(options);

    public DocumentFormat Format => DocumentFormat.Json;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var (text, encoding) = TextDecoder.Decode(document.Content.Span);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DocumentRejectedException(FailureReason.InvalidJson,
                $"The file is not valid JSON: {ex.Message} Fix the syntax (a JSON linter shows where) and drop it in again.", ex);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && Field(root, "article") is { ValueKind: JsonValueKind.Object } wrapped)
            {
                root = wrapped;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DocumentRejectedException(FailureReason.InvalidJson,
                    $"The JSON holds {Describe(root.ValueKind)}, not an article object. Write one object per file: {{ \"title\": …, \"body\": … }}.");
            }

            var metadata = new DocumentMetadata
            {
                Title = String(root, "title", "headline", "name"),
                Author = Authors(root),
                PublishedAt = DateParsing.TryParseDate(String(root, "publishedAt", "published_at", "datePublished", "date", "published", "pubDate")),
                Source = String(root, "source", "publisher", "site", "outlet"),
                Language = String(root, "language", "lang", "inLanguage"),
            };

            var (blocks, marked) = Body(root, cancellationToken);
            if (metadata.Title is { } title && !blocks.Any(b => b.Kind == TextBlockKind.Title))
            {
                blocks.Insert(0, new TextBlock(TextBlockKind.Title, title, 1));
            }

            return new ExtractedDocument { Format = Format, Encoding = encoding, Blocks = blocks, Metadata = metadata, HasMarkedStructure = marked };
        }
    }

    private (List<TextBlock> Blocks, bool Marked) Body(JsonElement root, CancellationToken cancellationToken)
    {
        var body = Field(root, "body", "content", "text", "articleBody", "paragraphs");
        switch (body)
        {
            case { ValueKind: JsonValueKind.String } value:
                // A plain string carries no markup: its lines are read like a text file's.
                return (Lines.Read(value.GetString()!, cancellationToken), false);
            case { ValueKind: JsonValueKind.Array } array:
                var blocks = new List<TextBlock>();
                var marked = false;
                foreach (var item in array.EnumerateArray())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        blocks.AddRange(Lines.Read(item.GetString()!, cancellationToken));
                    }
                    else if (item.ValueKind == JsonValueKind.Object && String(item, "text", "content") is { } itemText)
                    {
                        var type = String(item, "type", "kind")?.ToLowerInvariant();
                        marked = true;
                        blocks.Add(type switch
                        {
                            "title" => new TextBlock(TextBlockKind.Title, itemText, 1),
                            "heading" or "h1" or "h2" or "h3" or "subheading" or "section" => new TextBlock(TextBlockKind.Heading, itemText, item.TryGetProperty("level", out var l) && l.TryGetInt32(out var level) ? level : 2),
                            _ => new TextBlock(TextBlockKind.Paragraph, itemText),
                        });
                    }
                }

                return (blocks, marked);
        }

        if (String(root, "html", "contentHtml", "bodyHtml") is { } html)
        {
            var extracted = _html.ExtractText(html, cancellationToken);
            return (extracted.Blocks.ToList(), true);
        }

        throw new DocumentRejectedException(FailureReason.InvalidJson,
            "The JSON object has no article text: give it a \"body\" (a string or a list of paragraphs) or an \"html\" field.");
    }

    private static string? Authors(JsonElement root)
    {
        var author = Field(root, "author", "authors", "byline", "creator");
        return author switch
        {
            { ValueKind: JsonValueKind.String } value => Blank(value.GetString()),
            { ValueKind: JsonValueKind.Array } list => Blank(string.Join("、", list.EnumerateArray().Select(Name).OfType<string>())),
            { ValueKind: JsonValueKind.Object } one => Name(one),
            _ => null,
        };

        static string? Name(JsonElement e) => e.ValueKind == JsonValueKind.String ? Blank(e.GetString()) : e.ValueKind == JsonValueKind.Object ? String(e, "name") : null;
    }

    private static string? String(JsonElement element, params string[] names) =>
        Field(element, names) is { ValueKind: JsonValueKind.String } value ? Blank(value.GetString())
        : Field(element, names) is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : null;

    /// <summary>The first present property among <paramref name="names"/>, matched without regard to case.</summary>
    private static JsonElement? Field(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind is not JsonValueKind.Null)
                {
                    return property.Value;
                }
            }
        }

        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
