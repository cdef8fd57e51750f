namespace Ingest.Pipeline.Extraction;

/// <summary>The role of a block of extracted text, as far as the file format itself says.</summary>
public enum TextBlockKind
{
    /// <summary>The document title, marked as such by the format (HTML h1, Markdown #, a docx Title style).</summary>
    Title,
    /// <summary>A section heading marked by the format.</summary>
    Heading,
    /// <summary>A paragraph, or for formats without markup, one line of text.</summary>
    Paragraph,
}
