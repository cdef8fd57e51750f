namespace Ingest.Pipeline.Extraction;

/// <summary>File formats the extraction stage reads.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
    Docx,
    Pdf,
    Json,
}
