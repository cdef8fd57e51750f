extern alias OpenXml;

using System.Text;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Word documents through the Open XML SDK: body paragraphs in order (table cells included),
/// headings from the Title and Heading styles or an outline level, and title, author, date and
/// language from the core properties. The package is checked for a zip bomb before it is opened.
/// </summary>
internal sealed class DocxExtractor(IOptions<ExtractionOptions> options) : IFormatExtractor
{
    public DocumentFormat Format => DocumentFormat.Docx;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxExpandedBytes;
        ZipGuard.Check(document.Content, limit, cancellationToken);

        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(MemoryStreams.ReadOnly(document.Content), false,
                new OpenSettings { MaxCharactersInPart = limit, AutoSave = false });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt,
                $"The file is not a readable Word document ({ex.Message}). Save it again as .docx from Word and drop it in again.", ex);
        }

        using (word)
        {
            var body = word.MainDocumentPart?.Document?.Body ?? throw new DocumentRejectedException(FailureReason.Corrupt,
                "The package has no Word document body (word/document.xml); it is not a .docx or it is damaged.");
            var styles = DocxStyles.Read(word.MainDocumentPart);
            var blocks = new List<TextBlock>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = ParagraphText(paragraph).Trim();
                if (text.Length == 0) continue;
                var (kind, level) = styles.Classify(paragraph);
                blocks.Add(new TextBlock(kind, text, level));
            }

            // The first Title-styled paragraph is the title; a second one is a heading of the top level.
            var titleSeen = false;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Kind != TextBlockKind.Title) continue;
                if (titleSeen) blocks[i] = blocks[i] with { Kind = TextBlockKind.Heading, Level = 1 };
                titleSeen = true;
            }

            var properties = word.PackageProperties;
            var metadata = new DocumentMetadata
            {
                Title = NullIfBlank(properties.Title),
                Author = NullIfBlank(properties.Creator),
                PublishedAt = properties.Created is { } created ? DateOnly.FromDateTime(created) : null,
                Language = NullIfBlank(properties.Language),
            };
            return new ExtractedDocument { Format = Format, Blocks = blocks, Metadata = metadata, HasMarkedStructure = true };
        }
    }

    /// <summary>The visible text of a paragraph: text runs, tabs as spaces, breaks as line breaks; deleted text and field codes left out.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case OpenXml::DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
