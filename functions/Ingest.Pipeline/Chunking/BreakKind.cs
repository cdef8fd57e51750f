namespace Ingest.Pipeline.Chunking;

/// <summary>
/// What kind of place the end of a piece is, from the best place to end a chunk to the worst.
/// The planner ends chunks at the strongest break it can without adding a chunk.
/// </summary>
internal enum BreakKind
{
    /// <summary>A cut at the size limit with no better place in reach.</summary>
    Hard,

    /// <summary>A space between two words of an over-long clause.</summary>
    Word,

    /// <summary>Clause punctuation (，、：, : ;) inside an over-long sentence.</summary>
    Clause,

    /// <summary>The end of a sentence.</summary>
    Sentence,

    /// <summary>The end of a paragraph.</summary>
    Paragraph,
}
