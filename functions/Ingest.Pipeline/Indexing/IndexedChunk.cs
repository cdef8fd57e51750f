namespace Ingest.Pipeline.Indexing;

/// <summary>
/// One passage as the search index stores it. Tag fields hold canonical values of the whole
/// document (so that filters and facets select articles); <see cref="Entities"/> and
/// <see cref="ChunkThemes"/> hold what this passage itself mentions, for display.
/// </summary>
public sealed record IndexedChunk
{
    public required string ChunkId { get; init; }
    public required string DocumentId { get; init; }
    public required int Ordinal { get; init; }
    public required string Path { get; init; }
    public required string Title { get; init; }

    /// <summary>Heading chain joined with " / "; empty for the lead.</summary>
    public string Section { get; init; } = string.Empty;

    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public string? Source { get; init; }

    /// <summary>BCP 47 tag: zh-Hant, zh-Hans, en, mixed.</summary>
    public required string Language { get; init; }

    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Works { get; init; } = [];
    public IReadOnlyList<string> Events { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<ChunkEntity> Entities { get; init; } = [];
    public IReadOnlyList<ChunkTheme> ChunkThemes { get; init; } = [];

    /// <summary>SHA-256 of the source file's bytes: lets a check compare the index with the source.</summary>
    public required string ContentHash { get; init; }

    public required string PipelineVersion { get; init; }
}
