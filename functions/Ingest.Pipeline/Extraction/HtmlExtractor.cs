using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// HTML through AngleSharp: drops scripts, styles and page furniture (nav, header, footer, aside,
/// forms), keeps headings and paragraphs of the main content, and reads title, author and date
/// from the common meta tags.
/// </summary>
internal sealed class HtmlExtractor(IOptions<ExtractionOptions> options) : IFormatExtractor
{
    private static readonly string[] Furniture = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select"];
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "caption" };

    public DocumentFormat Format => DocumentFormat.Html;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var (text, encoding) = TextDecoder.Decode(document.Content.Span);
        var html = new HtmlParser().ParseDocument(text);
        if (Depth(html.DocumentElement, options.Value.MaxHtmlDepth + 1) > options.Value.MaxHtmlDepth)
        {
            throw new DocumentRejectedException(FailureReason.ResourceLimit,
                $"The HTML nests elements more than {options.Value.MaxHtmlDepth} levels deep; it is not an article page.");
        }

        var metadata = ReadMetadata(html);
        foreach (var element in html.QuerySelectorAll(string.Join(',', Furniture)).ToList())
        {
            element.Remove();
        }

        var root = html.QuerySelector("article") ?? html.QuerySelector("main") ?? html.Body ?? html.DocumentElement;
        var blocks = new List<TextBlock>();
        Walk(root, blocks, cancellationToken);

        var titleIndex = blocks.FindIndex(b => b.Kind == TextBlockKind.Heading && b.Level == 1);
        if (titleIndex >= 0)
        {
            blocks[titleIndex] = blocks[titleIndex] with { Kind = TextBlockKind.Title };
            metadata = metadata with { Title = metadata.Title ?? blocks[titleIndex].Text };
        }
        else if (metadata.Title is { } title)
        {
            blocks.Insert(0, new TextBlock(TextBlockKind.Title, title, 1));
        }

        return new ExtractedDocument { Format = Format, Encoding = encoding, Blocks = blocks, Metadata = metadata, HasMarkedStructure = true };
    }

    private static DocumentMetadata ReadMetadata(IDocument html)
    {
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                var value = html.QuerySelector($"meta[name='{name}' i], meta[property='{name}' i]")?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
            }

            return null;
        }

        var title = Meta("og:title", "twitter:title") ?? NullIfBlank(html.Title);
        var published = Meta("article:published_time", "pubdate", "publishdate", "date", "dc.date", "dcterms.created", "publish_date")
            ?? html.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new DocumentMetadata
        {
            Title = title,
            Author = Meta("author", "article:author", "dc.creator"),
            PublishedAt = DateParsing.TryParseDate(published),
            Source = Meta("og:site_name", "source"),
            Language = NullIfBlank(html.DocumentElement.GetAttribute("lang")),
        };
    }

    private static void Walk(IElement element, List<TextBlock> blocks, CancellationToken cancellationToken)
    {
        foreach (var child in element.Children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = child.LocalName;
            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                Add(blocks, TextBlockKind.Heading, child, name[1] - '0');
            }
            else if (BlockElements.Contains(name) && !child.Children.Any(c => BlockElements.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "table"))
            {
                Add(blocks, TextBlockKind.Paragraph, child, 0);
            }
            else if (child.Children.Length == 0 || name == "br")
            {
                if (name is "div" or "span" or "section") Add(blocks, TextBlockKind.Paragraph, child, 0);
            }
            else
            {
                // A container: its loose text belongs to a paragraph of its own, its blocks are walked.
                var loose = string.Concat(child.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();
                if (loose.Length > 0 && name is "div" or "section" or "article" or "main") blocks.Add(new TextBlock(TextBlockKind.Paragraph, Collapse(loose)));
                Walk(child, blocks, cancellationToken);
            }
        }
    }

    private static void Add(List<TextBlock> blocks, TextBlockKind kind, IElement element, int level)
    {
        var text = Collapse(element.TextContent);
        if (text.Length > 0)
        {
            blocks.Add(new TextBlock(kind, text, level));
        }
    }

    /// <summary>HTML whitespace collapses to one space; a line break inside a block is layout, not structure.</summary>
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int Depth(IElement? element, int limit)
    {
        // Iterative, so a hostile page cannot overflow the stack while being measured.
        if (element is null) return 0;
        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((element, 1));
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            max = Math.Max(max, depth);
            if (max >= limit) return max;
            foreach (var child in current.Children) stack.Push((child, depth + 1));
        }

        return max;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
