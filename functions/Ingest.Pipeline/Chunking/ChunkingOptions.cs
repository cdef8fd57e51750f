using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Size budget of passages. Bound from <c>Ingest:Chunking</c>. The defaults suit Chinese text:
/// 500 characters is roughly 250-350 tokens of a current embedding tokenizer and one to three
/// paragraphs of policy writing, long enough to carry context and short enough for a precise hit.
/// </summary>
public sealed class ChunkingOptions
{
    public const string SectionName = "Ingest:Chunking";

    /// <summary>Largest passage in characters (UTF-16 code units). Default 500.</summary>
    [Range(50, 20_000)]
    public int MaxChars { get; set; } = 500;

    /// <summary>Whole sentences repeated from the end of one passage at the start of the next. Default 1.</summary>
    [Range(0, 10)]
    public int OverlapSentences { get; set; } = 1;

    /// <summary>Largest overlap in characters; a longer last sentence is not repeated. Default 150.</summary>
    [Range(0, 10_000)]
    public int MaxOverlapChars { get; set; } = 150;

    /// <summary>A trailing piece of a section shorter than this joins the passage before it when that fits. Default 80.</summary>
    [Range(0, 10_000)]
    public int MinChars { get; set; } = 80;
}
