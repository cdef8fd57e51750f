using Ingest.Pipeline.Ingestion;

namespace Ingest.Pipeline.Reindexing;

/// <summary>The mutable state of one run; outcomes arrive from queue workers on any thread.</summary>
internal sealed class ReindexRunTracker(string id, ReindexMode mode, DateTimeOffset startedAt)
{
    private readonly Lock gate = new();
    private ReindexState state = ReindexState.Running;
    private DateTimeOffset? completedAt;
    private ReindexSummary? summary;
    private string? error;
    private int indexed, unchanged, quarantined, removed, failed;
    private DateTimeOffset? lastActivity;

    public string Id => id;

    /// <summary>
    /// Whether the run keeps another from starting: while it enumerates, and afterwards while its
    /// items keep reporting. An item that never reports (dead-lettered, or processed by another
    /// instance) must not block every later run for good.
    /// </summary>
    public bool Blocks(DateTimeOffset now, TimeSpan idleLimit)
    {
        lock (gate)
        {
            return state == ReindexState.Running && (summary is null || now - (lastActivity ?? startedAt) < idleLimit);
        }
    }

    public void Report(IngestOutcome outcome, DateTimeOffset now)
    {
        lock (gate)
        {
            lastActivity = now;
            switch (outcome)
            {
                case IngestOutcome.Indexed: indexed++; break;
                case IngestOutcome.Quarantined or IngestOutcome.StillQuarantined: quarantined++; break;
                case IngestOutcome.Removed: removed++; break;
                default: unchanged++; break;
            }

            CompleteIfDone(now);
        }
    }

    public void ReportFailure(DateTimeOffset now)
    {
        lock (gate)
        {
            lastActivity = now;
            failed++;
        }
    }

    public void Enumerated(ReindexSummary enumerated, DateTimeOffset now)
    {
        lock (gate)
        {
            summary = enumerated;
            lastActivity = now;
            CompleteIfDone(now);
        }
    }

    public void Fail(string message, DateTimeOffset now)
    {
        lock (gate)
        {
            if (state == ReindexState.Running)
            {
                state = ReindexState.Failed;
                error = message;
                completedAt = now;
            }
        }
    }

    public ReindexRun Snapshot(bool alreadyRunning = false)
    {
        lock (gate)
        {
            return new ReindexRun
            {
                Id = id, Mode = mode, State = state, StartedAt = startedAt, CompletedAt = completedAt,
                Summary = summary, AlreadyRunning = alreadyRunning, Error = error,
                Counts = new ReindexCounts { Indexed = indexed, Unchanged = unchanged, Quarantined = quarantined, Removed = removed, Failed = failed },
            };
        }
    }

    // Outcomes can arrive before the enumeration ends: completion is only decided once the
    // number of enqueued items is known.
    private void CompleteIfDone(DateTimeOffset now)
    {
        if (state == ReindexState.Running && summary is not null && indexed + unchanged + quarantined + removed >= summary.Enqueued)
        {
            state = ReindexState.Completed;
            completedAt = now;
        }
    }
}
