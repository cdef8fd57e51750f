using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Extraction;

/// <summary>Plain text: decoded with detection, one block per non-blank line.</summary>
internal sealed class PlainTextExtractor : IFormatExtractor
{
    public DocumentFormat Format => DocumentFormat.PlainText;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var (text, encoding) = TextDecoder.Decode(document.Content.Span);
        return new ExtractedDocument
        {
            Format = Format,
            Encoding = encoding,
            Blocks = Lines.NonBlank(text).Select(line => new TextBlock(TextBlockKind.Paragraph, line)).ToList(),
        };
    }
}
