using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Pipeline.Tagging;

/// <summary>What the tagger found in a document and in each of its chunks.</summary>
public sealed record DocumentTags
{
    public required IReadOnlyList<Entity> Entities { get; init; }
    public required IReadOnlyList<ThemeScore> Themes { get; init; }
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];

    /// <summary>Tags per chunk, in chunk order.</summary>
    public required IReadOnlyList<ChunkTags> Chunks { get; init; }
}
