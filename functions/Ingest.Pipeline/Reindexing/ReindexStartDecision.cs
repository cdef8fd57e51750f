using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// What a start does, decided while holding the <see cref="IReindexLock"/>: leave an active run
/// running, resume one that stopped half-way, or close an interrupted one and store a new run.
/// </summary>
internal sealed partial class ReindexStartDecision(
    ReindexRunRecords records,
    ReindexEnumeration enumeration,
    ReindexFinisher finisher,
    ReindexOptions options,
    TimeProvider time,
    ILogger logger)
{
    /// <returns>
    /// The run to answer with, and the work to go on with under the lock; no work when the run is
    /// active and not to be interrupted.
    /// </returns>
    public async Task<(ReindexRun Run, Func<ReindexRun, CancellationToken, Task>? Work)> ChooseAsync(ReindexRequest request, CancellationToken cancellationToken)
    {
        var latest = await records.LatestAsync(cancellationToken).ConfigureAwait(false);
        if (latest is { IsActive: true })
        {
            // After a restart the items the stopped host had queued in memory are gone. An incremental
            // run cannot tell which of its enumerated pages' items were done, so it is replaced (a new
            // run finds what is still to do); a full run's check before the switch finds what its new
            // generation misses, so it resumes.
            if (latest.Summary is null && !(request.AfterRestart && latest.Mode == ReindexMode.Incremental))
            {
                // Its enumeration was cut off: this instance holds the lock, so nobody else is enumerating it.
                return (await MarkResumedAsync(latest, itemsLost: request.AfterRestart, ReindexState.Running, cancellationToken).ConfigureAwait(false),
                    (r, ct) => enumeration.EnumerateAsync(r, poll: false, ct));
            }

            var interrupted = request.AfterRestart || !ReindexIdleRule.Blocks(latest, options.IdleLimit, time);
            if (!interrupted)
            {
                return (latest, null);
            }

            if (latest.Mode == ReindexMode.Full)
            {
                // Items may be lost with the queue of a stopped host (or dead-lettered, when the run went quiet):
                // the check before the switch re-enqueues what is missing. Switching, so that a flush does not start a second check.
                return (await MarkResumedAsync(latest, itemsLost: true, ReindexState.Switching, cancellationToken).ConfigureAwait(false), finisher.VerifyAndSwitchAsync);
            }

            await records.MarkFailedAsync(latest.Id, request.AfterRestart
                ? "The host stopped before every item was processed; the next run picks up what was left."
                : $"No item reported for {options.IdleLimit}; the next run picks up what was left.", cancellationToken).ConfigureAwait(false);
        }

        var run = new ReindexRun
        {
            Id = NewId(), Mode = request.Mode, State = ReindexState.Running, StartedAt = time.GetUtcNow(), LastActivityAt = time.GetUtcNow(),
        };
        await records.AddAsync(run, cancellationToken).ConfigureAwait(false);
        await records.PruneAsync(cancellationToken).ConfigureAwait(false);
        if (!request.Poll)
        {
            LogStarted(run.Id, run.Mode);
        }

        return (run, (r, ct) => enumeration.EnumerateAsync(r, request.Poll, ct));
    }

    /// <param name="run">The active run to resume.</param>
    /// <param name="itemsLost">
    /// The items enqueued so far that did not report will never report (the queue that held them is
    /// gone): count them as <see cref="ReindexRun.Lost"/>, or the run could never have all its items done.
    /// </param>
    /// <param name="state">The state it resumes in: running to enumerate, switching to check before the switch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    private async Task<ReindexRun> MarkResumedAsync(ReindexRun run, bool itemsLost, ReindexState state, CancellationToken cancellationToken)
    {
        var resumed = await records.UpdateAsync(run.Id, r => r with
        {
            Resumed = r.Resumed + 1, State = state, LastActivityAt = time.GetUtcNow(),
            Lost = itemsLost ? r.Lost + Math.Max(0, ((r.Summary ?? r.Checkpoint?.SoFar)?.Enqueued ?? 0) - r.Counts.Done - r.Lost) : r.Lost,
        }, cancellationToken).ConfigureAwait(false) ?? run;
        LogResumed(run.Id, run.Mode, run.Checkpoint?.Pages ?? 0);
        return resumed;
    }

    // Sortable by start time, unique enough across instances.
    private string NewId() => $"{time.GetUtcNow():yyyyMMdd'T'HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} started ({Mode})")]
    private partial void LogStarted(string reindexId, ReindexMode mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} ({Mode}) resumed after {Pages} enumerated pages")]
    private partial void LogResumed(string reindexId, ReindexMode mode, int pages);
}
