using Ingest.Pipeline.Ingestion;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Outcomes counted by this instance and not yet added to the shared run records. Workers report
/// on any thread; the flush takes everything at once and gives back what it could not store.
/// </summary>
internal sealed class ReindexProgressBuffer
{
    private readonly Lock _gate = new();
    private Dictionary<string, ReindexCounts> _pending = new(StringComparer.Ordinal);

    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count == 0;
            }
        }
    }

    public void Add(string reindexId, IngestOutcome outcome) => Add(reindexId, outcome switch
    {
        IngestOutcome.Indexed => new ReindexCounts { Indexed = 1 },
        IngestOutcome.Quarantined or IngestOutcome.StillQuarantined => new ReindexCounts { Quarantined = 1 },
        IngestOutcome.Removed => new ReindexCounts { Removed = 1 },
        _ => new ReindexCounts { Unchanged = 1 },
    });

    public void AddFailure(string reindexId) => Add(reindexId, new ReindexCounts { Failed = 1 });

    public void AddAbandoned(string reindexId) => Add(reindexId, new ReindexCounts { Abandoned = 1 });

    public void Add(string reindexId, ReindexCounts counts)
    {
        lock (_gate)
        {
            _pending[reindexId] = _pending.TryGetValue(reindexId, out var sum) ? sum.Add(counts) : counts;
        }
    }

    /// <summary>Takes every pending count, leaving the buffer empty.</summary>
    public Dictionary<string, ReindexCounts> Drain()
    {
        lock (_gate)
        {
            var drained = _pending;
            _pending = new Dictionary<string, ReindexCounts>(StringComparer.Ordinal);
            return drained;
        }
    }
}
