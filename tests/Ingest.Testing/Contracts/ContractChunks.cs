using Ingest.Pipeline.Indexing;

namespace Ingest.Testing.Contracts;

/// <summary>Builds chunks for the contract suite: only what a case sets differs from the defaults.</summary>
public static class ContractChunks
{
    public static IndexedChunk Of(
        string documentId,
        int ordinal,
        string text,
        string title = "标题",
        string language = "zh-Hans",
        DateOnly? publishedAt = null,
        string? source = null,
        string[]? places = null,
        string[]? themes = null,
        string[]? persons = null,
        string contentHash = "hash-1") => new()
    {
        ChunkId = $"{documentId}#{ordinal}",
        DocumentId = documentId,
        Ordinal = ordinal,
        Path = $"articles/{documentId}.txt",
        Title = title,
        Text = text,
        Start = ordinal * 100,
        End = (ordinal * 100) + text.Length,
        PublishedAt = publishedAt,
        Source = source,
        Language = language,
        Places = places ?? [],
        Themes = themes ?? [],
        Persons = persons ?? [],
        ContentHash = contentHash,
        PipelineVersion = "v1",
    };
}
