namespace Ingest.Pipeline.Reindexing;

/// <summary>What a reconcile pass found and did.</summary>
public sealed record ReindexSummary
{
    public int Listed { get; init; }
    public int New { get; init; }
    public int Changed { get; init; }
    public int Stale { get; init; }
    public int Unchanged { get; init; }
    public int Orphaned { get; init; }
    public int Quarantined { get; init; }

    /// <summary>Files enqueued with <c>Force</c> by a full re-index, whatever their manifest says.</summary>
    public int Forced { get; init; }
    public TimeSpan Duration { get; init; }

    public int Enqueued => New + Changed + Stale + Orphaned + Forced;
}
