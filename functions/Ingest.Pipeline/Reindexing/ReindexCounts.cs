namespace Ingest.Pipeline.Reindexing;

/// <summary>Outcomes reported by the items of a re-index run.</summary>
public sealed record ReindexCounts
{
    public static ReindexCounts None { get; } = new();

    public int Indexed { get; init; }

    /// <summary>Nothing written: same content and pipeline version, or not an article.</summary>
    public int Unchanged { get; init; }

    /// <summary>Quarantined now or still quarantined.</summary>
    public int Quarantined { get; init; }

    public int Removed { get; init; }

    /// <summary>Attempts that threw (the queue may retry them, so one item can count here and elsewhere, or as abandoned).</summary>
    public int Failed { get; init; }

    /// <summary>Items given up after their last attempt threw (dead-lettered): the next re-index retries their files.</summary>
    public int Abandoned { get; init; }

    /// <summary>Items that finished, with an outcome or abandoned (failed attempts that were retried not included).</summary>
    public int Done => Indexed + Unchanged + Quarantined + Removed + Abandoned;

    public ReindexCounts Add(ReindexCounts other) => new()
    {
        Indexed = Indexed + other.Indexed, Unchanged = Unchanged + other.Unchanged, Quarantined = Quarantined + other.Quarantined,
        Removed = Removed + other.Removed, Failed = Failed + other.Failed, Abandoned = Abandoned + other.Abandoned,
    };
}
