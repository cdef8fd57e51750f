namespace Ingest.Pipeline.Indexing;

/// <summary>Size of the index.</summary>
public sealed record IndexStatistics(long Chunks, long Documents);
