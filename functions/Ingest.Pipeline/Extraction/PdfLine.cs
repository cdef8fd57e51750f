namespace Ingest.Pipeline.Extraction;

/// <summary>One text line of a PDF page: its text, type size and bounding box.</summary>
internal sealed record PdfLine(string Text, double Size, double Left, double Right, double Top, double Bottom);
