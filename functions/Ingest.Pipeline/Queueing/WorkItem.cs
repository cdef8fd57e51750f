namespace Ingest.Pipeline.Queueing;

/// <summary>One unit of ingestion work, as carried by the work queue.</summary>
/// <param name="Kind">Ingest or remove.</param>
/// <param name="Path">Source path of the file.</param>
/// <param name="Force">Ingest even if the manifest says nothing changed (used to retry quarantined files on request).</param>
/// <param name="ReindexId">The re-index run that enqueued the item, if any.</param>
public sealed record WorkItem(WorkKind Kind, string Path, bool Force = false, string? ReindexId = null);
