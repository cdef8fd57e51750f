using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Starts, resumes and finishes re-index runs. A run enumerates the source under
/// <see cref="IReindexLock"/> (one at a time across instances), saving a checkpoint after every
/// page in <see cref="IReindexRunStore"/>; the queue's workers process the items on any instance
/// and their outcomes are added to the stored run every <see cref="ReindexOptions.FlushInterval"/>.
/// <see cref="ReindexMode.Incremental"/> enqueues what changed; <see cref="ReindexMode.Full"/>
/// fills a new index generation side by side with the active one, checks it holds every indexed
/// document, and then switches to it in one catalog write, keeping the old one for a rollback.
/// </summary>
public sealed partial class ReindexService : IReindexProgress, IDisposable, IAsyncDisposable
{
    private const int MaxRounds = 10;

    private readonly ReconcileService _reconcile;
    private readonly IReindexRunStore _runs;
    private readonly IReindexLock _lock;
    private readonly IndexGenerations _generations;
    private readonly IManifestStore _manifests;
    private readonly IWorkQueue _queue;
    private readonly ReindexOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReindexService> _logger;
    private readonly ReindexProgressBuffer _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    // Cancelled on dispose and never disposed itself: background work started late may still read its token.
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _backgroundGate = new();
    private readonly HashSet<Task> _background = [];
    private readonly ITimer _flushTimer;
    private int _disposed;

    public ReindexService(
        ReconcileService reconcile,
        IReindexRunStore runs,
        IReindexLock runLock,
        IndexGenerations generations,
        IManifestStore manifests,
        IWorkQueue queue,
        IOptions<ReindexOptions> options,
        TimeProvider time,
        ILogger<ReindexService> logger)
    {
        _reconcile = reconcile;
        _runs = runs;
        _lock = runLock;
        _generations = generations;
        _manifests = manifests;
        _queue = queue;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _flushTimer = time.CreateTimer(_ => _ = FlushQuietlyAsync(), null, _options.FlushInterval, _options.FlushInterval);
    }

    /// <summary>Starts an incremental or full run (see <see cref="StartAsync(ReindexRequest, CancellationToken)"/>).</summary>
    public Task<ReindexStart> StartAsync(ReindexMode mode, CancellationToken cancellationToken = default) =>
        StartAsync(new ReindexRequest(mode), cancellationToken);

    /// <summary>
    /// Starts a run and returns once it is recorded; the enumeration goes on in the background
    /// (<see cref="ReindexStart.Enumeration"/>). An active run is returned instead, with
    /// <see cref="ReindexRun.AlreadyRunning"/> set; a run that stopped half-way (its enumeration
    /// cut off, or a full re-index not yet switched) is resumed rather than started afresh.
    /// </summary>
    /// <exception cref="ReindexBusyException">Another instance holds the lock but its run is not visible yet.</exception>
    public async Task<ReindexStart> StartAsync(ReindexRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var held = await _lock.TryAcquireAsync(cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            var enumerating = await LatestAsync(cancellationToken).ConfigureAwait(false);
            return enumerating is { IsActive: true }
                ? new ReindexStart(enumerating with { AlreadyRunning = true }, Task.CompletedTask)
                : throw new ReindexBusyException();
        }

        try
        {
            var (run, work) = await ChooseAsync(request, cancellationToken).ConfigureAwait(false);
            if (work is null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
                return new ReindexStart(run with { AlreadyRunning = true }, Task.CompletedTask);
            }

            // The run outlives the request that started it; only disposal of the service stops it.
            var enumeration = RunInBackground(() => RunHoldingLockAsync(run, work, held, _stopping.Token));
            return new ReindexStart(run, enumeration);
        }
        catch
        {
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The stored run with this id, or null when there is none (or it is older than the kept runs).</summary>
    public async Task<ReindexRun?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await _runs.GetAsync(id, cancellationToken).ConfigureAwait(false))?.Run;

    /// <summary>The most recently started run, or null when none is stored.</summary>
    public async Task<ReindexRun?> LatestAsync(CancellationToken cancellationToken = default)
    {
        ReindexRun? latest = null;
        await foreach (var run in _runs.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (latest is null || run.StartedAt > latest.StartedAt)
            {
                latest = run;
            }
        }

        return latest;
    }

    /// <summary>
    /// Makes the previous index generation active again and re-enqueues every document that
    /// changed since the switch, so the generation now active catches up with the source.
    /// </summary>
    /// <exception cref="InvalidOperationException">No switch happened yet, or a re-index is active.</exception>
    public async Task<IndexRollback> RollbackAsync(CancellationToken cancellationToken = default)
    {
        await using var held = await _lock.TryAcquireAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A re-index is enumerating; roll back once it has finished.");
        if (await LatestAsync(cancellationToken).ConfigureAwait(false) is { IsActive: true } active && Blocks(active))
        {
            throw new InvalidOperationException($"Re-index {active.Id} is still running; roll back once it has finished.");
        }

        var (before, after) = await _generations.RollbackAsync(cancellationToken).ConfigureAwait(false);
        var since = before.SwitchedAt ?? DateTimeOffset.MinValue;
        var requeued = 0;
        await foreach (var manifest in _manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (manifest.UpdatedAt < since)
            {
                continue;
            }

            requeued++;
            var item = manifest.Status == ManifestStatus.Removed
                ? new WorkItem(WorkKind.Remove, manifest.SourcePath)
                : new WorkItem(WorkKind.Ingest, manifest.SourcePath, Force: true);
            await _queue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
        }

        LogRollback(after.Active, after.Previous!.Value, requeued);
        return new IndexRollback(after.Active, after.Previous.Value, requeued);
    }

    /// <inheritdoc />
    public void Report(string reindexId, IngestOutcome outcome) => _pending.Add(reindexId, outcome);

    /// <inheritdoc />
    public void ReportFailure(string reindexId) => _pending.AddFailure(reindexId);

    /// <inheritdoc />
    public void ReportAbandoned(string reindexId) => _pending.AddAbandoned(reindexId);

    /// <summary>
    /// Adds the outcomes counted here to the stored runs now, and finishes the runs whose items
    /// are all done (a full re-index checks and switches its generation first). Runs on a timer
    /// too; call it to see the counts at once.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var (id, counts) in _pending.Drain())
            {
                try
                {
                    var now = _time.GetUtcNow();
                    var run = await UpdateAsync(id, r => r with { Counts = r.Counts.Add(counts), LastActivityAt = now }, cancellationToken).ConfigureAwait(false);
                    if (run is not null)
                    {
                        await FinishIfDoneAsync(run, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Keep the counts for the next flush rather than lose them.
                    _pending.Add(id, counts);
                    LogFlushFailed(ex, id);
                }
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>
    /// Stops this instance's enumeration (the run keeps its checkpoint for the next start to resume)
    /// and waits for it, so the lock is released before the stores it writes to are disposed.
    /// Prefer <see cref="DisposeAsync"/>, which also stores the outcomes counted here.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _flushTimer.Dispose();
        _stopping.Cancel();
        WaitForBackgroundAsync().GetAwaiter().GetResult();
    }

    /// <summary>Stops and waits for the background work as <see cref="Dispose"/> does, then stores the outcomes counted here.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _flushTimer.DisposeAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await WaitForBackgroundAsync().ConfigureAwait(false);
        try
        {
            // After the cancel: a run whose items are done is left for the next start to switch, not half-switched here.
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogFlushFailed(ex, "(all)");
        }
    }

    private Task RunInBackground(Func<Task> work)
    {
        var task = Task.Run(work, CancellationToken.None);
        lock (_backgroundGate)
        {
            _background.Add(task);
        }

        _ = task.ContinueWith(done =>
        {
            lock (_backgroundGate)
            {
                _background.Remove(done);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    private async Task WaitForBackgroundAsync()
    {
        Task[] running;
        lock (_backgroundGate)
        {
            running = [.. _background];
        }

        try
        {
            // Background work catches its own failures; the bound only guards against a store that hangs.
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogStopFailed(ex);
        }
    }

    private async Task<(ReindexRun Run, Func<ReindexRun, CancellationToken, Task>? Work)> ChooseAsync(ReindexRequest request, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(cancellationToken).ConfigureAwait(false);
        if (latest is { IsActive: true })
        {
            // After a restart the items the stopped host had queued in memory are gone. An incremental
            // run cannot tell which of its enumerated pages' items were done, so it is replaced (a new
            // run finds what is still to do); a full run's check before the switch finds what its new
            // generation misses, so it resumes.
            if (latest.Summary is null && !(request.AfterRestart && latest.Mode == ReindexMode.Incremental))
            {
                // Its enumeration was cut off: this instance holds the lock, so nobody else is enumerating it.
                return (await MarkResumedAsync(latest, itemsLost: request.AfterRestart, ReindexState.Running, cancellationToken).ConfigureAwait(false), (r, ct) => EnumerateAsync(r, poll: false, ct));
            }

            var interrupted = request.AfterRestart || !Blocks(latest);
            if (!interrupted)
            {
                return (latest, null);
            }

            if (latest.Mode == ReindexMode.Full)
            {
                // Items may be lost with the queue of a stopped host (or dead-lettered, when the run went quiet):
                // the check before the switch re-enqueues what is missing. Switching, so that a flush does not start a second check.
                return (await MarkResumedAsync(latest, itemsLost: true, ReindexState.Switching, cancellationToken).ConfigureAwait(false), VerifyAndSwitchAsync);
            }

            await UpdateAsync(latest.Id, r => r.IsActive ? r with
            {
                State = ReindexState.Failed, CompletedAt = _time.GetUtcNow(),
                Error = request.AfterRestart
                    ? "The host stopped before every item was processed; the next run picks up what was left."
                    : $"No item reported for {_options.IdleLimit}; the next run picks up what was left.",
            } : null, cancellationToken).ConfigureAwait(false);
        }

        var run = new ReindexRun
        {
            Id = NewId(), Mode = request.Mode, State = ReindexState.Running, StartedAt = _time.GetUtcNow(), LastActivityAt = _time.GetUtcNow(),
        };
        if (!await _runs.TryWriteAsync(run, null, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Re-index run id {run.Id} already exists.");
        }

        await PruneAsync(cancellationToken).ConfigureAwait(false);
        if (!request.Poll)
        {
            LogStarted(run.Id, run.Mode);
        }

        return (run, (r, ct) => EnumerateAsync(r, request.Poll, ct));
    }

    /// <param name="itemsLost">
    /// The items enqueued so far that did not report will never report (the queue that held them is
    /// gone): count them as <see cref="ReindexRun.Lost"/>, or the run could never have all its items done.
    /// </param>
    private async Task<ReindexRun> MarkResumedAsync(ReindexRun run, bool itemsLost, ReindexState state, CancellationToken cancellationToken)
    {
        var resumed = await UpdateAsync(run.Id, r => r with
        {
            Resumed = r.Resumed + 1, State = state, LastActivityAt = _time.GetUtcNow(),
            Lost = itemsLost ? r.Lost + Math.Max(0, ((r.Summary ?? r.Checkpoint?.SoFar)?.Enqueued ?? 0) - r.Counts.Done - r.Lost) : r.Lost,
        }, cancellationToken).ConfigureAwait(false) ?? run;
        LogResumed(run.Id, run.Mode, run.Checkpoint?.Pages ?? 0);
        return resumed;
    }

    private async Task RunHoldingLockAsync(ReindexRun run, Func<ReindexRun, CancellationToken, Task> work, IReindexLease held, CancellationToken stopping)
    {
        // Losing the lock stops the work as a host stop does: another instance may hold it now.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping, held.Lost);
        try
        {
            await work(run, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run stays active with its checkpoint, and the next start resumes it.
            if (held.Lost.IsCancellationRequested)
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
        finally
        {
            await held.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task EnumerateAsync(ReindexRun run, bool poll, CancellationToken cancellationToken)
    {
        var generation = run.Generation;
        if (run.Mode == ReindexMode.Full && generation is null)
        {
            generation = await _generations.BeginBuildAsync(run.Id, cancellationToken).ConfigureAwait(false);
            await UpdateAsync(run.Id, r => r with { Generation = generation }, cancellationToken).ConfigureAwait(false);
            // Every instance must write to the new generation before it is filled, or a change
            // made meanwhile on an instance that does not know about it yet would be missing from it.
            await Task.Delay(_generations.PropagationDelay, _time, cancellationToken).ConfigureAwait(false);
        }

        var plan = new ReconcilePlan(run.Mode, run.Id, generation, run.Checkpoint);
        var summary = await _reconcile.RunAsync(plan, async (checkpoint, ct) =>
        {
            var now = _time.GetUtcNow();
            await UpdateAsync(run.Id, r => r with { Checkpoint = checkpoint, LastActivityAt = now }, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        if (poll && summary.Enqueued == 0)
        {
            await _runs.DeleteAsync(run.Id, cancellationToken).ConfigureAwait(false);
            return;
        }

        var enumerated = await UpdateAsync(run.Id, r => r with { Summary = summary, LastActivityAt = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        LogEnumerated(run.Id, summary.Listed, summary.Enqueued, summary.Unchanged);
        if (enumerated is not null)
        {
            await FinishIfDoneAsync(enumerated, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FinishIfDoneAsync(ReindexRun run, CancellationToken cancellationToken)
    {
        if (run.State != ReindexState.Running || !run.ItemsDone)
        {
            return;
        }

        if (run.Mode == ReindexMode.Incremental)
        {
            var completed = await UpdateAsync(run.Id, r => r is { State: ReindexState.Running, ItemsDone: true }
                ? r with { State = ReindexState.Completed, CompletedAt = _time.GetUtcNow() }
                : null, cancellationToken).ConfigureAwait(false);
            if (completed?.State == ReindexState.Completed)
            {
                LogCompleted(run.Id, completed.Counts.Indexed, completed.Counts.Unchanged, completed.Counts.Removed, completed.Counts.Quarantined,
                    Math.Round((completed.CompletedAt!.Value - completed.StartedAt).TotalSeconds, 2));
            }

            return;
        }

        if (_stopping.IsCancellationRequested)
        {
            // Stopping: leave the run for the next start (or another instance's flush) to check and switch.
            return;
        }

        // Only the instance whose write moves the run to Switching checks and switches.
        var moved = false;
        var switching = await UpdateAsync(run.Id, r =>
        {
            moved = r is { State: ReindexState.Running, ItemsDone: true };
            return moved ? r with { State = ReindexState.Switching, LastActivityAt = _time.GetUtcNow() } : null;
        }, cancellationToken).ConfigureAwait(false);
        if (moved && switching is not null)
        {
            // Not under the flush's lock: the check lists the whole new generation.
            _ = RunInBackground(() => SwitchQuietlyAsync(switching, _stopping.Token));
        }
    }

    private async Task SwitchQuietlyAsync(ReindexRun run, CancellationToken cancellationToken)
    {
        try
        {
            await VerifyAndSwitchAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogInterrupted(run.Id);
        }
        catch (Exception ex)
        {
            LogFailed(ex, run.Id);
            await FailAsync(run.Id, ex.Message).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Checks that the new generation holds every document the manifests call indexed; switches
    /// to it when it does, re-enqueues the missing ones when it does not (up to
    /// <see cref="ReindexOptions.MaxVerifyRounds"/> times), and fails the run after that, without switching.
    /// </summary>
    private async Task VerifyAndSwitchAsync(ReindexRun run, CancellationToken cancellationToken)
    {
        var generation = run.Generation ?? throw new InvalidOperationException($"Full re-index {run.Id} has no generation.");
        var missing = await GenerationCheck.FindDifferencesAsync(_generations.Open(generation), _manifests, cancellationToken).ConfigureAwait(false);

        if (missing.Count == 0)
        {
            await _generations.SwitchAsync(generation, cancellationToken).ConfigureAwait(false);
            var completed = await UpdateAsync(run.Id, r => r with { State = ReindexState.Completed, CompletedAt = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            LogCompleted(run.Id, completed?.Counts.Indexed ?? 0, completed?.Counts.Unchanged ?? 0, completed?.Counts.Removed ?? 0, completed?.Counts.Quarantined ?? 0,
                Math.Round(((completed?.CompletedAt ?? _time.GetUtcNow()) - run.StartedAt).TotalSeconds, 2));
            return;
        }

        if (run.VerifyRounds >= _options.MaxVerifyRounds)
        {
            await FailAsync(run.Id, $"{missing.Count} documents still differ from their manifests in index generation {generation} (first: {missing[0]}); "
                + "the active generation was kept and the new one dropped. Start another full re-index once the cause is fixed.").ConfigureAwait(false);
            return;
        }

        await UpdateAsync(run.Id, r => r with
        {
            State = ReindexState.Running, VerifyRounds = r.VerifyRounds + 1, LastActivityAt = _time.GetUtcNow(),
            Summary = (r.Summary ?? ReindexSummary.Empty) with { Requeued = (r.Summary?.Requeued ?? 0) + missing.Count },
        }, cancellationToken).ConfigureAwait(false);
        LogRequeued(run.Id, missing.Count, generation);
        foreach (var path in missing)
        {
            await _queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, path, Force: true, ReindexId: run.Id, Generation: generation), cancellationToken).ConfigureAwait(false);
        }
    }

    // A run whose items (or whose check before the switch) went quiet for the idle limit is taken
    // for dead: an item that never reports (dead-lettered, or its instance gone) must not block every later run.
    private bool Blocks(ReindexRun run) =>
        run.Summary is null || _time.GetUtcNow() - (run.LastActivityAt ?? run.StartedAt) < _options.IdleLimit;

    private async Task FailAsync(string id, string error)
    {
        try
        {
            var failed = await UpdateAsync(id, r => r.IsActive ? r with { State = ReindexState.Failed, Error = error, CompletedAt = _time.GetUtcNow() } : null, CancellationToken.None)
                .ConfigureAwait(false);
            if (failed is { Mode: ReindexMode.Full, State: ReindexState.Failed, Generation: { } generation })
            {
                // Otherwise every write would go on filling a generation nobody will switch to.
                await _generations.AbandonBuildAsync(generation, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            LogFlushFailed(ex, id);
        }
    }

    /// <summary>Applies <paramref name="change"/> with compare-and-swap; null from it means "leave as is". Returns the stored run, or null when it does not exist.</summary>
    private async Task<ReindexRun?> UpdateAsync(string id, Func<ReindexRun, ReindexRun?> change, CancellationToken cancellationToken)
    {
        for (var round = 1; round <= MaxRounds; round++)
        {
            var entry = await _runs.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                return null;
            }

            var next = change(entry.Run);
            if (next is null)
            {
                return entry.Run;
            }

            if (await _runs.TryWriteAsync(next, entry.Version, cancellationToken).ConfigureAwait(false))
            {
                return next;
            }
        }

        throw new InvalidOperationException($"Re-index run {id} kept changing under {MaxRounds} attempts to update it.");
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var all = new List<ReindexRun>();
        await foreach (var run in _runs.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(run);
        }

        foreach (var old in all.OrderByDescending(r => r.StartedAt).Skip(_options.KeptRuns).Where(r => !r.IsActive))
        {
            await _runs.DeleteAsync(old.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushQuietlyAsync()
    {
        if (_pending.IsEmpty || Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogFlushFailed(ex, "(all)");
        }
    }

    // Sortable by start time, unique enough across instances.
    private string NewId() => $"{_time.GetUtcNow():yyyyMMdd'T'HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} started ({Mode})")]
    private partial void LogStarted(string reindexId, ReindexMode mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} ({Mode}) resumed after {Pages} enumerated pages")]
    private partial void LogResumed(string reindexId, ReindexMode mode, int pages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} enumerated {Listed} files: {Enqueued} enqueued, {Unchanged} unchanged")]
    private partial void LogEnumerated(string reindexId, int listed, int enqueued, int unchanged);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-index work did not stop cleanly; the next start resumes its run")]
    private partial void LogStopFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolled back to index generation {Generation} (from {Previous}); {Requeued} documents changed since the switch were enqueued again")]
    private partial void LogRollback(int generation, int previous, int requeued);
}
