namespace Ingest.Pipeline.Indexing;

/// <summary>The identity of one indexed chunk.</summary>
public sealed record IndexEntry(string DocumentId, string ChunkId, string ContentHash, string PipelineVersion);
