using Ingest.Pipeline.Indexing;

namespace Ingest.Pipeline.Query;

/// <summary>One hit: a passage, with the article it belongs to.</summary>
public sealed record SearchHit
{
    public required string DocumentId { get; init; }
    public required string ChunkId { get; init; }
    public required string Title { get; init; }
    public string Section { get; init; } = string.Empty;

    /// <summary>A fragment of the passage with the matches wrapped in &lt;em&gt;; the rest is HTML-escaped text.</summary>
    public required string Snippet { get; init; }

    public double Score { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public string? Source { get; init; }
    public required string Path { get; init; }
    public string Language { get; init; } = string.Empty;
    public IReadOnlyList<ChunkEntity> Entities { get; init; } = [];
    public IReadOnlyList<ChunkTheme> Themes { get; init; } = [];
}
