using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Extraction;

/// <summary>The output of extraction: blocks of raw text and what the file itself says about the article.</summary>
public sealed record ExtractedDocument
{
    public required DocumentFormat Format { get; init; }

    /// <summary>The text encoding for text formats; null for formats that carry their own (docx, pdf).</summary>
    public EncodingReport? Encoding { get; init; }

    public required IReadOnlyList<TextBlock> Blocks { get; init; }

    /// <summary>Metadata the file declares (HTML meta tags, docx core properties, JSON fields).</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>
    /// True when the format marks headings itself, so normalization must not guess them from line shapes.
    /// Plain text has no markup, so its lines are all paragraphs until normalization reads their shape.
    /// </summary>
    public bool HasMarkedStructure { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
