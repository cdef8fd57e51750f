namespace Ingest.Pipeline.Indexing;

/// <summary>A theme of a passage with its score.</summary>
public sealed record ChunkTheme(string Id, double Score);
