namespace Ingest.Pipeline.Reindexing;

/// <summary>How much a re-index run re-ingests.</summary>
public enum ReindexMode
{
    /// <summary>Only what is new, changed, stale or gone (a reconcile pass).</summary>
    Incremental,

    /// <summary>
    /// Every source file, forced, into a new index generation built side by side with the active
    /// one (which goes on answering searches), plus removal of documents whose file is gone; the
    /// run switches to the new generation once it holds every indexed document.
    /// </summary>
    Full,
}
