using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Starts re-index runs and keeps their progress. <see cref="ReindexMode.Incremental"/> is a
/// reconcile pass; <see cref="ReindexMode.Full"/> enqueues every source file with <c>Force</c>
/// plus the removal of documents whose file is gone, and re-ingests into the same index (not a
/// new index built side by side). Only one run is active per process; runs are kept in memory
/// (the last <see cref="KeptRuns"/>), so with several instances each knows only its own runs:
/// a shared run store is not implemented.
/// </summary>
public sealed partial class ReindexService(
    ReconcileService reconcile,
    IDocumentSource source,
    IManifestStore manifests,
    IWorkQueue queue,
    TimeProvider time,
    ILogger<ReindexService> logger) : IReindexProgress
{
    /// <summary>How many runs (finished or not) <see cref="Get"/> can still find.</summary>
    public const int KeptRuns = 20;

    /// <summary>
    /// How long a run whose enumeration is done may go without any item reporting before it no
    /// longer keeps a new run from starting (it stays <see cref="ReindexState.Running"/>).
    /// </summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(10);

    private readonly Lock gate = new();
    private readonly LinkedList<ReindexRunTracker> runs = new();

    /// <summary>
    /// Starts a run and returns once its enumeration has enqueued everything (the items are
    /// processed afterwards by the queue's workers). When a run is already active, returns that
    /// run with <see cref="ReindexRun.AlreadyRunning"/> set instead of starting another; a run
    /// whose items have gone quiet for <see cref="IdleLimit"/> no longer counts as active.
    /// </summary>
    public async Task<ReindexRun> StartAsync(ReindexMode mode, CancellationToken cancellationToken = default)
    {
        ReindexRunTracker run;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var active = runs.FirstOrDefault(r => r.Blocks(now, IdleLimit));
            if (active is not null)
            {
                return active.Snapshot(alreadyRunning: true);
            }

            run = new ReindexRunTracker(Guid.NewGuid().ToString("N")[..12], mode, now);
            runs.AddFirst(run);
            while (runs.Count > KeptRuns)
            {
                runs.RemoveLast();
            }
        }

        LogStarted(run.Id, mode);
        try
        {
            var summary = mode == ReindexMode.Full
                ? await EnqueueAllAsync(run.Id, cancellationToken).ConfigureAwait(false)
                : await reconcile.RunAsync(run.Id, cancellationToken).ConfigureAwait(false);
            run.Enumerated(summary, time.GetUtcNow());
        }
        catch (Exception ex)
        {
            // Cancellation included: a run left Running would block every later start.
            run.Fail(ex.Message, time.GetUtcNow());
            LogFailed(ex, run.Id);
            throw;
        }

        return run.Snapshot();
    }

    /// <summary>The run with this id, or null when unknown here (another instance's, or older than the kept runs).</summary>
    public ReindexRun? Get(string id)
    {
        lock (gate)
        {
            return runs.FirstOrDefault(r => r.Id == id)?.Snapshot();
        }
    }

    /// <inheritdoc />
    public void Report(string reindexId, IngestOutcome outcome) => Find(reindexId)?.Report(outcome, time.GetUtcNow());

    /// <inheritdoc />
    public void ReportFailure(string reindexId) => Find(reindexId)?.ReportFailure(time.GetUtcNow());

    private ReindexRunTracker? Find(string id)
    {
        lock (gate)
        {
            return runs.FirstOrDefault(r => r.Id == id);
        }
    }

    private async Task<ReindexSummary> EnqueueAllAsync(string reindexId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var forced = 0;
        await foreach (var item in source.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            seen.Add(DocumentId.FromPath(item.Path));
            forced++;
            await queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, item.Path, Force: true, ReindexId: reindexId), cancellationToken).ConfigureAwait(false);
        }

        var orphaned = 0;
        await foreach (var manifest in manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (manifest.Status != ManifestStatus.Removed && !seen.Contains(manifest.DocumentId))
            {
                orphaned++;
                await queue.EnqueueAsync(new WorkItem(WorkKind.Remove, manifest.SourcePath, ReindexId: reindexId), cancellationToken).ConfigureAwait(false);
            }
        }

        return new ReindexSummary { Listed = forced, Forced = forced, Orphaned = orphaned, Duration = time.GetElapsedTime(started) };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} started ({Mode})")]
    private partial void LogStarted(string reindexId, ReindexMode mode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-index {ReindexId} failed while enumerating")]
    private partial void LogFailed(Exception exception, string reindexId);
}
