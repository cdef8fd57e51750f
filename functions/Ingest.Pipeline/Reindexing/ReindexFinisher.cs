using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Ends re-index runs. An incremental run completes once its items are all done; a full run then
/// moves to <see cref="ReindexState.Switching"/>, checks its new generation against the manifests
/// and switches to it (or enqueues what it misses and checks again). A run whose work fails is
/// marked failed, and a full one abandons its new generation; one whose work is stopped stays
/// active for the next start to resume.
/// </summary>
internal sealed partial class ReindexFinisher(
    ReindexRunRecords records,
    IndexGenerations generations,
    IManifestStore manifests,
    IWorkQueue queue,
    ReindexOptions options,
    TimeProvider time,
    ReindexBackgroundWork background,
    ILogger logger)
{
    /// <summary>
    /// Completes <paramref name="run"/> when it is running and its items are all done; a full run
    /// is checked and switched in the background, by the one instance whose write moved it to
    /// <see cref="ReindexState.Switching"/>.
    /// </summary>
    public async Task FinishIfDoneAsync(ReindexRun run, CancellationToken cancellationToken)
    {
        if (run.State != ReindexState.Running || !run.ItemsDone)
        {
            return;
        }

        if (run.Mode == ReindexMode.Incremental)
        {
            var completed = await records.UpdateAsync(run.Id, r => r is { State: ReindexState.Running, ItemsDone: true }
                ? r with { State = ReindexState.Completed, CompletedAt = time.GetUtcNow() }
                : null, cancellationToken).ConfigureAwait(false);
            if (completed?.State == ReindexState.Completed)
            {
                LogCompleted(run.Id, completed.Counts.Indexed, completed.Counts.Unchanged, completed.Counts.Removed, completed.Counts.Quarantined,
                    Math.Round((completed.CompletedAt!.Value - completed.StartedAt).TotalSeconds, 2));
            }

            return;
        }

        if (background.Stopping.IsCancellationRequested)
        {
            // Stopping: leave the run for the next start (or another instance's flush) to check and switch.
            return;
        }

        // Only the instance whose write moves the run to Switching checks and switches.
        var moved = false;
        var switching = await records.UpdateAsync(run.Id, r =>
        {
            moved = r is { State: ReindexState.Running, ItemsDone: true };
            return moved ? r with { State = ReindexState.Switching, LastActivityAt = time.GetUtcNow() } : null;
        }, cancellationToken).ConfigureAwait(false);
        if (moved && switching is not null)
        {
            // Not under the flush's lock: the check lists the whole new generation.
            _ = background.Run(() => RunOrFailAsync(switching, VerifyAndSwitchAsync, background.Stopping, CancellationToken.None));
        }
    }

    /// <summary>
    /// Checks that the new generation holds every document the manifests call indexed; switches
    /// to it when it does, re-enqueues the missing ones when it does not (up to
    /// <see cref="ReindexOptions.MaxVerifyRounds"/> times), and fails the run after that, without switching.
    /// </summary>
    public async Task VerifyAndSwitchAsync(ReindexRun run, CancellationToken cancellationToken)
    {
        var generation = run.Generation ?? throw new InvalidOperationException($"Full re-index {run.Id} has no generation.");
        var missing = await GenerationCheck.FindDifferencesAsync(generations.Open(generation), manifests, cancellationToken).ConfigureAwait(false);

        if (missing.Count == 0)
        {
            await generations.SwitchAsync(generation, cancellationToken).ConfigureAwait(false);
            var completed = await records.UpdateAsync(run.Id, r => r with { State = ReindexState.Completed, CompletedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            LogCompleted(run.Id, completed?.Counts.Indexed ?? 0, completed?.Counts.Unchanged ?? 0, completed?.Counts.Removed ?? 0, completed?.Counts.Quarantined ?? 0,
                Math.Round(((completed?.CompletedAt ?? time.GetUtcNow()) - run.StartedAt).TotalSeconds, 2));
            return;
        }

        if (run.VerifyRounds >= options.MaxVerifyRounds)
        {
            await FailAsync(run.Id, $"{missing.Count} documents still differ from their manifests in index generation {generation} (first: {missing[0]}); "
                + "the active generation was kept and the new one dropped. Start another full re-index once the cause is fixed.").ConfigureAwait(false);
            return;
        }

        await records.UpdateAsync(run.Id, r => r with
        {
            State = ReindexState.Running, VerifyRounds = r.VerifyRounds + 1, LastActivityAt = time.GetUtcNow(),
            Summary = (r.Summary ?? ReindexSummary.Empty) with { Requeued = (r.Summary?.Requeued ?? 0) + missing.Count },
        }, cancellationToken).ConfigureAwait(false);
        LogRequeued(run.Id, missing.Count, generation);
        foreach (var path in missing)
        {
            await queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, path, Force: true, ReindexId: run.Id, Generation: generation), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="run"/> until it ends. Stopped by
    /// <paramref name="stop"/>, the run stays active with its checkpoint for the next start to
    /// resume; failed, the run is marked failed. Never throws.
    /// </summary>
    /// <param name="run">The run the work is for.</param>
    /// <param name="work">Its enumeration, or its check before the switch.</param>
    /// <param name="stop">Stops the work: the service stops, or the lock it holds was lost.</param>
    /// <param name="lockLost">Cancelled when the stop came from losing the lock, which is logged as an error.</param>
    public async Task RunOrFailAsync(ReindexRun run, Func<ReindexRun, CancellationToken, Task> work, CancellationToken stop, CancellationToken lockLost)
    {
        try
        {
            await work(run, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run stays active with its checkpoint, and the next start resumes it.
            if (lockLost.IsCancellationRequested)
            {
                LogLockLost(run.Id);
            }
            else
            {
                LogInterrupted(run.Id);
            }
        }
        catch (Exception ex)
        {
            LogFailed(ex, run.Id);
            await FailAsync(run.Id, ex.Message).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Marks the run failed unless it has ended already, and drops the new generation of a full
    /// run. Never throws: it runs where the failure being recorded is already handled.
    /// </summary>
    public async Task FailAsync(string id, string error)
    {
        try
        {
            // The clean-up comes first, so whoever sees the run failed sees it with everything put back.
            if (await records.GetAsync(id, CancellationToken.None).ConfigureAwait(false) is { IsActive: true, Mode: ReindexMode.Full, Generation: { } generation })
            {
                // Otherwise every write would go on filling a generation nobody will switch to.
                await generations.AbandonBuildAsync(generation, CancellationToken.None).ConfigureAwait(false);
                await RepairActiveAsync(id).ConfigureAwait(false);
            }

            await records.MarkFailedAsync(id, error, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogFlushFailed(ex, id);
        }
    }

    /// <summary>
    /// The failed run's items wrote their documents to its generation only and recorded them in the
    /// manifests: a file re-indexed under a new pipeline version now has a manifest that says so
    /// while the active generation holds the old passages, and no incremental run would ever look
    /// at it again. Ingest every such document again, into the active generation.
    /// </summary>
    private async Task RepairActiveAsync(string id)
    {
        var catalog = await generations.GetCatalogAsync(CancellationToken.None).ConfigureAwait(false);
        var differ = await GenerationCheck.FindDifferencesAsync(generations.Open(catalog.Active), manifests, CancellationToken.None).ConfigureAwait(false);
        foreach (var path in differ)
        {
            await queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, path, Force: true), CancellationToken.None).ConfigureAwait(false);
        }

        if (differ.Count > 0)
        {
            LogRepairing(id, differ.Count, catalog.Active);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-index {ReindexId} failed after writing manifests for its generation; enqueued {Count} documents again so that generation {Active} matches them")]
    private partial void LogRepairing(string reindexId, int count, int active);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} completed: {Indexed} indexed, {Unchanged} unchanged, {Removed} removed, {Quarantined} quarantined in {Seconds} s")]
    private partial void LogCompleted(string reindexId, int indexed, int unchanged, int removed, int quarantined, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-index {ReindexId}: index generation {Generation} is missing {Missing} indexed documents; enqueued them again")]
    private partial void LogRequeued(string reindexId, int missing, int generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-index {ReindexId} lost its lock and stopped enumerating; the next start resumes it")]
    private partial void LogLockLost(string reindexId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-index {ReindexId} was interrupted; the next start resumes it")]
    private partial void LogInterrupted(string reindexId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-index {ReindexId} failed")]
    private partial void LogFailed(Exception exception, string reindexId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the progress of re-index {ReindexId}; trying again at the next flush")]
    private partial void LogFlushFailed(Exception exception, string reindexId);
}
