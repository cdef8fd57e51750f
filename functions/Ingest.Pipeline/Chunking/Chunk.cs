namespace Ingest.Pipeline.Chunking;

/// <summary>A passage of an article: a slice of the normalized text inside one section.</summary>
public sealed record Chunk
{
    public required string DocumentId { get; init; }

    /// <summary>Position of the chunk in the document, from 0.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Stable id: the same document and options always give the same ids.</summary>
    public string Id => ChunkId(DocumentId, Ordinal);

    public required IReadOnlyList<string> SectionPath { get; init; }
    public required string Text { get; init; }

    /// <summary>Offset of the first character in the normalized text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the last character.</summary>
    public required int End { get; init; }

    /// <summary>Characters at the start of the chunk repeated from the end of the previous chunk.</summary>
    public int OverlapLength { get; init; }

    public int CharCount => End - Start;

    /// <summary>Size in tokens, when a tokenizer is configured.</summary>
    public int? TokenCount { get; init; }

    public static string ChunkId(string documentId, int ordinal) => $"{documentId}_{ordinal:D4}";
}
