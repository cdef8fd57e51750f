namespace Ingest.Pipeline.Reindexing;

/// <summary>A stored run with the version to compare-and-swap against.</summary>
public sealed record ReindexRunEntry(ReindexRun Run, string Version);
