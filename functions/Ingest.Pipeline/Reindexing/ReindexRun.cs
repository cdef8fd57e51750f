namespace Ingest.Pipeline.Reindexing;

/// <summary>One re-index run, as kept in the run store and reported by <c>GET /api/reindex/{id}</c>.</summary>
public sealed record ReindexRun
{
    public required string Id { get; init; }
    public required ReindexMode Mode { get; init; }
    public required ReindexState State { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The index generation a full re-index fills and switches to.</summary>
    public int? Generation { get; init; }

    /// <summary>How far the enumeration got; kept after it ends.</summary>
    public ReindexCheckpoint? Checkpoint { get; init; }

    /// <summary>What the enumeration found and enqueued; null while it is still enumerating.</summary>
    public ReindexSummary? Summary { get; init; }

    /// <summary>Items that reported an outcome so far, by outcome (added up every few seconds from every instance).</summary>
    public ReindexCounts Counts { get; init; } = ReindexCounts.None;

    /// <summary>When an item last reported, or the enumeration last saved a checkpoint.</summary>
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>How many times the run was resumed after a stop.</summary>
    public int Resumed { get; init; }

    /// <summary>
    /// Items enqueued before a stop that will never report: they were in the memory of a host that
    /// restarted, or went quiet past the idle limit. A full re-index's check before the switch
    /// re-enqueues whatever of their work its new generation is missing.
    /// </summary>
    public int Lost { get; init; }

    /// <summary>How many times a full re-index re-enqueued documents its new generation was missing.</summary>
    public int VerifyRounds { get; init; }

    /// <summary>Set on a start request's answer when it found this run active and did not start another.</summary>
    public bool AlreadyRunning { get; init; }

    /// <summary>Why the run failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the run is still going (enumerating, processing, or switching).</summary>
    public bool IsActive => State is ReindexState.Running or ReindexState.Switching;

    /// <summary>Whether every enqueued item has reported (or is known never to).</summary>
    public bool ItemsDone => Summary is not null && Counts.Done + Lost >= Summary.Enqueued;
}
