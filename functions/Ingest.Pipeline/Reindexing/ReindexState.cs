namespace Ingest.Pipeline.Reindexing;

/// <summary>Where a re-index run is.</summary>
public enum ReindexState
{
    /// <summary>Enumerating, or items it enqueued are still being processed.</summary>
    Running,

    /// <summary>Every enqueued item reported an outcome.</summary>
    Completed,

    /// <summary>The enumeration failed; items already enqueued may still be processed.</summary>
    Failed,
}
