using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Pipeline.Tagging;

/// <summary>Entities (offsets into the normalized text) and themes of one chunk.</summary>
public sealed record ChunkTags(string ChunkId, IReadOnlyList<Entity> Entities, IReadOnlyList<ThemeScore> Themes);
