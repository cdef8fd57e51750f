using System.Text;
using Ingest.Pipeline.Documents;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Markdown through Markdig: the first level-1 heading is the title, other headings are sections,
/// and a YAML front matter block may name title, author, date, source and language.
/// </summary>
internal sealed class MarkdownExtractor : IFormatExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public DocumentFormat Format => DocumentFormat.Markdown;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var (text, encoding) = TextDecoder.Decode(document.Content.Span, ContentTypes.Charset(document.ContentType));
        var markdown = Markdown.Parse(text, Pipeline);
        var blocks = new List<TextBlock>();
        var metadata = DocumentMetadata.Empty;
        var hasTitle = false;
        foreach (var block in markdown.Descendants<LeafBlock>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case HeadingBlock heading:
                    var headingText = InlineText(heading.Inline);
                    if (headingText.Length == 0) break;
                    if (heading.Level == 1 && !hasTitle)
                    {
                        blocks.Add(new TextBlock(TextBlockKind.Title, headingText, 1));
                        hasTitle = true;
                    }
                    else
                    {
                        blocks.Add(new TextBlock(TextBlockKind.Heading, headingText, heading.Level));
                    }

                    break;
                case ParagraphBlock paragraph:
                    var paragraphText = InlineText(paragraph.Inline);
                    if (paragraphText.Length > 0) blocks.Add(new TextBlock(TextBlockKind.Paragraph, paragraphText));
                    break;
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock frontMatter:
                    metadata = FrontMatter.Read(frontMatter.Lines.ToString());
                    break;
                case CodeBlock code:
                    var codeText = code.Lines.ToString().Trim();
                    if (codeText.Length > 0) blocks.Add(new TextBlock(TextBlockKind.Paragraph, codeText));
                    break;
            }
        }

        if (metadata.Title is { } title && !hasTitle)
        {
            blocks.Insert(0, new TextBlock(TextBlockKind.Title, title, 1));
        }

        return new ExtractedDocument { Format = Format, Encoding = encoding, Blocks = blocks, Metadata = metadata, HasMarkedStructure = true };
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
