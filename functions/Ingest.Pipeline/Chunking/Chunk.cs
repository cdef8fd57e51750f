namespace Ingest.Pipeline.Chunking;

/// <summary>
/// A passage of an article: a slice of the normalized text inside one section. Consecutive chunks
/// of a section share an overlap: the first <see cref="OverlapLength"/> characters of a chunk are
/// the last ones of the chunk before it, and the text new to this chunk starts at
/// <see cref="ContentStart"/>, exactly where the previous chunk ended (one character later when
/// the previous chunk ended a paragraph and has no overlap here: the line feed between two
/// paragraphs belongs to neither). So the chunks of a section cover every character of its body,
/// in order.
/// </summary>
public sealed record Chunk
{
    public required string DocumentId { get; init; }

    /// <summary>Position of the chunk in the document, from 0.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Stable id <c>{DocumentId}_{Ordinal:D4}</c>: the same document and options always give the same ids.</summary>
    public string Id => ChunkId(DocumentId, Ordinal);

    /// <summary>Heading chain of the section the chunk belongs to, top level first; empty for the lead.</summary>
    public required IReadOnlyList<string> SectionPath { get; init; }

    /// <summary>The chunk's text: the normalized text from <see cref="Start"/> to <see cref="End"/>.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the first character in the normalized text (UTF-16 code units).</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the last character.</summary>
    public required int End { get; init; }

    /// <summary>Characters at the start of the chunk repeated from the end of the previous chunk; 0 for the first chunk of a section.</summary>
    public int OverlapLength { get; init; }

    /// <summary>Offset where the text new to this chunk begins (<see cref="Start"/> plus <see cref="OverlapLength"/>).</summary>
    public int ContentStart => Start + OverlapLength;

    /// <summary>Size in characters (UTF-16 code units), overlap included.</summary>
    public int CharCount => End - Start;

    /// <summary>Size in tokens of the configured tokenizer, overlap included; null when none is configured.</summary>
    public int? TokenCount { get; init; }

    public static string ChunkId(string documentId, int ordinal) => $"{documentId}_{ordinal:D4}";
}
