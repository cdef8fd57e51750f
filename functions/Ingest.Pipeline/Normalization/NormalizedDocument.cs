using Ingest.Pipeline.Extraction;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// The clean text of an article with its structure. <see cref="Text"/> is the blocks joined by
/// line feeds; every offset downstream (chunks, entities, mojibake spans) points into it.
/// </summary>
public sealed record NormalizedDocument
{
    public required string DocumentId { get; init; }
    public required string Path { get; init; }
    public required DocumentFormat Format { get; init; }
    public EncodingReport? Encoding { get; init; }

    public required string Text { get; init; }
    public required IReadOnlyList<NormalizedBlock> Blocks { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }

    public required string Title { get; init; }

    /// <summary>True when the article had no title and <see cref="Title"/> was made from its first sentence.</summary>
    public bool TitleIsDerived { get; init; }

    public string? Author { get; init; }
    public string? Editor { get; init; }
    public string? Contributor { get; init; }
    public string? Source { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public TextScript Script { get; init; }

    public QualityReport Quality { get; init; } = QualityReport.Clean;

    public ReadOnlySpan<char> Slice(NormalizedBlock block) => Text.AsSpan(block.Start, block.Length);

    /// <summary>The blocks that carry body text, in order.</summary>
    public IEnumerable<NormalizedBlock> Paragraphs => Blocks.Where(b => b.Kind == BlockKind.Paragraph);
}
