using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Size budget of passages, bound from <c>Ingest:Chunking</c> and validated at start-up.
/// </summary>
/// <remarks>
/// The defaults are tuned for Chinese, the bulk of the articles. In the project's corpus a Chinese
/// sentence has a median of 38-52 characters (p99 140-170) and a paragraph 80-110, so 500
/// characters holds about ten sentences or four to six paragraphs: enough context for a hit to make
/// sense on its own, short enough to stay on one topic, and longer than all but 3 of the corpus's
/// 21,000 sentences, so that sentences are almost never cut. It also fits the 512-token window of BERT-style Chinese
/// embedding models, which spend one token per Han character, and comes to about 310 tokens of
/// o200k_base (p95 430) or 390-490 of cl100k_base (p95 660). One sentence of overlap (about 75
/// characters on average) carries the thread across a cut; 150 characters caps it below a third of
/// a passage. English runs at 4.7 characters per token, so 500 characters is only about 90 tokens:
/// for English, or to size passages for a prompt or an embedding model, measure in tokens instead
/// by setting <see cref="Tokenizer"/> and <see cref="MaxTokens"/>, and raise <see cref="MaxChars"/>
/// so that the token budget is the one that binds.
/// </remarks>
public sealed class ChunkingOptions
{
    public const string SectionName = "Ingest:Chunking";

    /// <summary>Largest passage in characters (UTF-16 code units), overlap included. Default 500.</summary>
    [Range(50, 20_000)]
    public int MaxChars { get; set; } = 500;

    /// <summary>Whole sentences repeated from the end of one passage at the start of the next, within a section. Default 1.</summary>
    [Range(0, 10)]
    public int OverlapSentences { get; set; } = 1;

    /// <summary>
    /// Largest overlap in characters: fewer sentences are repeated when they would be longer, and
    /// none when the last one alone is. No overlap either where the next passage's first sentence
    /// would not fit beside it. At most half of <see cref="MaxChars"/>. Default 150.
    /// </summary>
    [Range(0, 10_000)]
    public int MaxOverlapChars { get; set; } = 150;

    /// <summary>
    /// Passages whose new text is shorter than this are avoided: a small remainder of a section
    /// joins the passage before it, or the cut moves back to balance the two, whenever the budget
    /// allows. At most half of <see cref="MaxChars"/>. Default 80.
    /// </summary>
    [Range(0, 10_000)]
    public int MinChars { get; set; } = 80;

    /// <summary>Tokenizer that measures passages; every chunk then carries its token count. Default none.</summary>
    public ChunkTokenizer Tokenizer { get; set; } = ChunkTokenizer.None;

    /// <summary>
    /// Largest passage in tokens of <see cref="Tokenizer"/>, overlap included, applied together with
    /// <see cref="MaxChars"/>. Needs a tokenizer. Default none (no token budget).
    /// </summary>
    [Range(16, 100_000)]
    public int? MaxTokens { get; set; }
}
