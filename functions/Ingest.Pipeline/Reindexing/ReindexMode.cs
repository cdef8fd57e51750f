namespace Ingest.Pipeline.Reindexing;

/// <summary>How much a re-index run re-ingests.</summary>
public enum ReindexMode
{
    /// <summary>Only what is new, changed, stale or gone (a reconcile pass).</summary>
    Incremental,

    /// <summary>
    /// Every source file, forced, plus removal of documents whose file is gone. It re-ingests into
    /// the same index, not into a new one side by side: searches see a mix of old and new chunks
    /// until the run completes.
    /// </summary>
    Full,
}
