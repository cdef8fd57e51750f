namespace Ingest.Pipeline.Reindexing;

/// <summary>What one enumeration of the source does.</summary>
/// <param name="Mode">Incremental: enqueue what is new, changed, stale or orphaned. Full: enqueue every file with <c>Force</c>.</param>
/// <param name="ReindexId">The run the items report to.</param>
/// <param name="Generation">The index generation forced items are written to (a full re-index's new one).</param>
/// <param name="ResumeFrom">The checkpoint of a run that stopped half-way; null to start from the beginning.</param>
public sealed record ReconcilePlan(ReindexMode Mode, string? ReindexId = null, int? Generation = null, ReindexCheckpoint? ResumeFrom = null);
