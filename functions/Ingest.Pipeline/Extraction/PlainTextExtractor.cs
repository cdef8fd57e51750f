using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Plain text: decoded with detection, one block per non-blank line, each remembering whether a
/// blank line preceded it so that normalization can tell wrapped lines from paragraphs.
/// </summary>
internal sealed class PlainTextExtractor : IFormatExtractor
{
    public DocumentFormat Format => DocumentFormat.PlainText;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var (text, encoding) = TextDecoder.Decode(document.Content.Span, ContentTypes.Charset(document.ContentType));
        return new ExtractedDocument
        {
            Format = Format,
            Encoding = encoding,
            Blocks = Lines.Read(text, cancellationToken),
        };
    }
}
