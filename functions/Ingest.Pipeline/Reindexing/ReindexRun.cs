namespace Ingest.Pipeline.Reindexing;

/// <summary>A snapshot of one re-index run.</summary>
public sealed record ReindexRun
{
    public required string Id { get; init; }
    public required ReindexMode Mode { get; init; }
    public required ReindexState State { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>What the enumeration found and enqueued; null while it is still enumerating.</summary>
    public ReindexSummary? Summary { get; init; }

    /// <summary>Items that reported an outcome so far, by outcome.</summary>
    public required ReindexCounts Counts { get; init; }

    /// <summary>Set when a start request found this run already running and did not start another.</summary>
    public bool AlreadyRunning { get; init; }

    /// <summary>Why the run failed, when it did.</summary>
    public string? Error { get; init; }
}
