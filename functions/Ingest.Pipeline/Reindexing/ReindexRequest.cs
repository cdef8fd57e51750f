namespace Ingest.Pipeline.Reindexing;

/// <summary>What a start of a re-index asks for.</summary>
/// <param name="Mode">Incremental (the default) or full.</param>
/// <param name="AfterRestart">
/// The host just started and its queue lives in memory, so items of a run that was active before
/// the restart are lost: such a run is resumed (a full one) or closed and replaced (an incremental one)
/// instead of being waited for.
/// </param>
/// <param name="Poll">
/// A routine check for changes (the local host polling a blob container): its start is not
/// logged, and when it finds nothing to do it is not kept in the run store, so quiet polls
/// neither fill the logs nor push real runs out of the kept ones.
/// </param>
public sealed record ReindexRequest(ReindexMode Mode = ReindexMode.Incremental, bool AfterRestart = false, bool Poll = false);
