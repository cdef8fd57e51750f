namespace Ingest.Pipeline.Queueing;

/// <summary>One unit of ingestion work, as carried by the work queue.</summary>
/// <param name="Kind">Ingest or remove.</param>
/// <param name="Path">Source path of the file.</param>
/// <param name="Force">Ingest even if the manifest says nothing changed (a full re-index, or a retry on request).</param>
/// <param name="ReindexId">The re-index run that enqueued the item, if any.</param>
/// <param name="Generation">
/// The index generation to write to instead of the usual ones: a full re-index fills its new
/// generation without touching the active one. Null for every other item.
/// </param>
public sealed record WorkItem(WorkKind Kind, string Path, bool Force = false, string? ReindexId = null, int? Generation = null);
