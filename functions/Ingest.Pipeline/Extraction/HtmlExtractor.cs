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
/// from the common meta tags. The title is og:title, else the page's h1, else the title element
/// without its " | site name" suffix.
/// </summary>
internal sealed class HtmlExtractor(IOptions<ExtractionOptions> options) : IFormatExtractor
{
    private static readonly string[] Furniture = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "object", "canvas"];
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase) { "p", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "caption" };
    private static readonly string[] SiteSeparators = [" | ", " - ", " _ ", " – ", " — ", "｜", "_"];

    public DocumentFormat Format => DocumentFormat.Html;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var bytes = document.Content.Span;
        var declared = HtmlCharset.Sniff(bytes[..Math.Min(bytes.Length, 4096)]) ?? ContentTypes.Charset(document.ContentType);
        var (text, encoding) = TextDecoder.Decode(bytes, declared);
        return ExtractText(text, cancellationToken) with { Encoding = encoding };
    }

    /// <summary>Extracts decoded HTML (also used for the <c>html</c> field of JSON articles).</summary>
    public ExtractedDocument ExtractText(string text, CancellationToken cancellationToken)
    {
        var maxDepth = options.Value.MaxHtmlDepth;
        if (HtmlCharset.TagDepthExceeds(text, maxDepth))
        {
            throw DepthRejected(maxDepth);
        }

        var html = new HtmlParser().ParseDocument(text);
        if (Depth(html.DocumentElement, maxDepth + 1) > maxDepth)
        {
            throw DepthRejected(maxDepth);
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
        else if (StripSiteName(html.Title) is { } pageTitle)
        {
            metadata = metadata with { Title = metadata.Title ?? pageTitle };
            blocks.Insert(0, new TextBlock(TextBlockKind.Title, metadata.Title!, 1));
        }
        else if (metadata.Title is { } title)
        {
            blocks.Insert(0, new TextBlock(TextBlockKind.Title, title, 1));
        }

        return new ExtractedDocument { Format = Format, Blocks = blocks, Metadata = metadata, HasMarkedStructure = true };
    }

    private static DocumentRejectedException DepthRejected(int maxDepth) =>
        new(FailureReason.ResourceLimit, $"The HTML nests elements more than {maxDepth} levels deep (Ingest:Extraction:MaxHtmlDepth); it is not an article page.");

    private static DocumentMetadata ReadMetadata(IDocument html)
    {
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                var value = html.QuerySelector($"meta[name='{name}' i], meta[property='{name}' i], meta[itemprop='{name}' i]")?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
            }

            return null;
        }

        var published = Meta("article:published_time", "datePublished", "pubdate", "publishdate", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "og:release_date", "sailthru.date")
            ?? html.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime");
        return new DocumentMetadata
        {
            Title = Meta("og:title", "twitter:title", "dc.title", "headline"),
            Author = Meta("author", "article:author", "dc.creator", "byl", "sailthru.author", "og:article:author"),
            PublishedAt = DateParsing.TryParseDate(published),
            Source = Meta("og:site_name", "source", "application-name"),
            Language = NullIfBlank(html.DocumentElement.GetAttribute("lang")),
        };
    }

    private static string? StripSiteName(string? title)
    {
        title = NullIfBlank(title);
        if (title is null) return null;
        foreach (var separator in SiteSeparators)
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > 0 && title.Length - index - separator.Length <= 20 && index >= 4)
            {
                return title[..index].Trim();
            }
        }

        return title;
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
            else if (BlockElements.Contains(name) && !child.Children.Any(c => BlockElements.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "table" or "div" or "section"))
            {
                Add(blocks, TextBlockKind.Paragraph, child, 0);
            }
            else if (child.Children.Length == 0 || name == "br")
            {
                if (name is "div" or "span" or "section" or "font" or "center") Add(blocks, TextBlockKind.Paragraph, child, 0);
            }
            else if (IsInlineOnly(child))
            {
                // A div holding only text and inline markup (b, a, span, br) is a paragraph; <br> breaks it into lines.
                AddLines(blocks, child);
            }
            else
            {
                // A container: its loose text belongs to a paragraph of its own, its blocks are walked.
                var loose = string.Concat(child.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();
                if (loose.Length > 0 && name is "div" or "section" or "article" or "main" or "td") blocks.Add(new TextBlock(TextBlockKind.Paragraph, Collapse(loose)));
                Walk(child, blocks, cancellationToken);
            }
        }
    }

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "strong", "i", "em", "u", "span", "font", "br", "sub", "sup", "small", "big", "mark", "abbr", "time", "code", "cite", "q", "s", "img",
    };

    private static bool IsInlineOnly(IElement element) =>
        element.LocalName is "div" or "section" or "center" && element.Descendants<IElement>().All(e => InlineElements.Contains(e.LocalName));

    /// <summary>Text split at &lt;br&gt;: each line is a paragraph, as pages without &lt;p&gt; use it.</summary>
    private static void AddLines(List<TextBlock> blocks, IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            if (node is IElement { LocalName: "br" })
            {
                Flush();
            }
            else if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent);
            }
        }

        Flush();

        void Flush()
        {
            var text = Collapse(builder.ToString());
            if (text.Length > 0) blocks.Add(new TextBlock(TextBlockKind.Paragraph, text));
            builder.Clear();
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

    /// <summary>
    /// HTML whitespace collapses to one space. A run that holds a line break is source layout:
    /// between two CJK characters it goes entirely, since Chinese has no spaces between words.
    /// </summary>
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        var newline = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = builder.Length > 0;
                newline |= c is '\n' or '\r';
                continue;
            }

            if (space && !(newline && IsCjk(builder[^1]) && IsCjk(c))) builder.Append(' ');
            space = false;
            newline = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCjk(char c) => Text.CjkChars.IsHan(c) || Text.CjkChars.IsCjkPunctuation(c);

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
