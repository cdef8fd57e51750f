namespace Ingest.Pipeline.Reindexing;

/// <summary>Where a re-index run is.</summary>
public enum ReindexState
{
    /// <summary>Enumerating, or items it enqueued are still being processed.</summary>
    Running,

    /// <summary>A full re-index whose items are done: checking the new generation holds every document, then switching to it.</summary>
    Switching,

    /// <summary>Every enqueued item reported an outcome (and a full re-index switched to its new generation).</summary>
    Completed,

    /// <summary>The run stopped short; see its error. Items already enqueued may still be processed.</summary>
    Failed,
}
