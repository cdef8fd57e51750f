namespace Ingest.Pipeline.Reindexing;

/// <summary>What a run's enumeration found and enqueued.</summary>
public sealed record ReindexSummary
{
    public static ReindexSummary Empty { get; } = new();

    public int Listed { get; init; }
    public int New { get; init; }
    public int Changed { get; init; }
    public int Stale { get; init; }
    public int Unchanged { get; init; }
    public int Orphaned { get; init; }
    public int Quarantined { get; init; }

    /// <summary>Files enqueued with <c>Force</c> by a full re-index, whatever their manifest says.</summary>
    public int Forced { get; init; }

    /// <summary>
    /// Items enqueued again on a resumed run: documents whose outcome was not known (their page was
    /// enumerated before the stop, or the new generation was still missing them).
    /// </summary>
    public int Requeued { get; init; }

    public TimeSpan Duration { get; init; }

    public int Enqueued => New + Changed + Stale + Orphaned + Forced + Requeued;

    public ReindexSummary Add(ReindexSummary other) => new()
    {
        Listed = Listed + other.Listed, New = New + other.New, Changed = Changed + other.Changed, Stale = Stale + other.Stale,
        Unchanged = Unchanged + other.Unchanged, Orphaned = Orphaned + other.Orphaned, Quarantined = Quarantined + other.Quarantined,
        Forced = Forced + other.Forced, Requeued = Requeued + other.Requeued, Duration = Duration + other.Duration,
    };
}
