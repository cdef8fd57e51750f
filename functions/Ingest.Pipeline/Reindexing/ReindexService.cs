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
    private readonly IReindexLock _lock;
    private readonly ReindexRunRecords _records;
    private readonly ReindexBackgroundWork _background;
    private readonly ReindexFinisher _finisher;
    private readonly ReindexStartDecision _start;
    private readonly GenerationRollback _rollback;
    private readonly TimeProvider _time;
    private readonly ILogger<ReindexService> _logger;
    private readonly ReindexProgressBuffer _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
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
        var settings = options.Value;
        _lock = runLock;
        _time = time;
        _logger = logger;
        // The parts share this service's logger, so their lines keep the category hosts filter on.
        _records = new ReindexRunRecords(runs, settings, time);
        _background = new ReindexBackgroundWork(logger);
        _finisher = new ReindexFinisher(_records, generations, manifests, queue, settings, time, _background, logger);
        var enumeration = new ReindexEnumeration(reconcile, _records, generations, _finisher, time, logger);
        _start = new ReindexStartDecision(_records, enumeration, _finisher, settings, time, logger);
        _rollback = new GenerationRollback(runLock, _records, generations, manifests, queue, settings, time, logger);
        _flushTimer = time.CreateTimer(_ => _ = FlushQuietlyAsync(), null, settings.FlushInterval, settings.FlushInterval);
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
            var enumerating = await _records.LatestAsync(cancellationToken).ConfigureAwait(false);
            return enumerating is { IsActive: true }
                ? new ReindexStart(enumerating with { AlreadyRunning = true }, Task.CompletedTask)
                : throw new ReindexBusyException();
        }

        try
        {
            var (run, work) = await _start.ChooseAsync(request, cancellationToken).ConfigureAwait(false);
            if (work is null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
                return new ReindexStart(run with { AlreadyRunning = true }, Task.CompletedTask);
            }

            // The run outlives the request that started it; only disposal of the service stops it.
            var enumeration = _background.Run(() => RunHoldingLockAsync(run, work, held, _background.Stopping));
            return new ReindexStart(run, enumeration);
        }
        catch
        {
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The stored run with this id, or null when there is none (or it is older than the kept runs).</summary>
    public Task<ReindexRun?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        _records.GetAsync(id, cancellationToken);

    /// <summary>The most recently started run, or null when none is stored.</summary>
    public Task<ReindexRun?> LatestAsync(CancellationToken cancellationToken = default) =>
        _records.LatestAsync(cancellationToken);

    /// <summary>The kept runs (<see cref="ReindexOptions.KeptRuns"/>), the most recently started first.</summary>
    public Task<IReadOnlyList<ReindexRun>> ListAsync(CancellationToken cancellationToken = default) =>
        _records.ListAsync(cancellationToken);

    /// <summary>
    /// Makes the previous index generation active again and re-enqueues every document that
    /// changed since the switch, so the generation now active catches up with the source.
    /// </summary>
    /// <exception cref="InvalidOperationException">No switch happened yet, or a re-index is active.</exception>
    public Task<IndexRollback> RollbackAsync(CancellationToken cancellationToken = default) =>
        _rollback.RollbackAsync(cancellationToken);

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
                    var run = await _records.UpdateAsync(id, r => r with { Counts = r.Counts.Add(counts), LastActivityAt = now }, cancellationToken).ConfigureAwait(false);
                    if (run is not null)
                    {
                        await _finisher.FinishIfDoneAsync(run, cancellationToken).ConfigureAwait(false);
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
        _background.Stop();
    }

    /// <summary>Stops and waits for the background work as <see cref="Dispose"/> does, then stores the outcomes counted here.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _flushTimer.DisposeAsync().ConfigureAwait(false);
        await _background.StopAsync().ConfigureAwait(false);
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

    private async Task RunHoldingLockAsync(ReindexRun run, Func<ReindexRun, CancellationToken, Task> work, IReindexLease held, CancellationToken stopping)
    {
        // Losing the lock stops the work as a host stop does: another instance may hold it now.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping, held.Lost);
        try
        {
            await _finisher.RunOrFailAsync(run, work, stop.Token, held.Lost).ConfigureAwait(false);
        }
        finally
        {
            await held.DisposeAsync().ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the progress of re-index {ReindexId}; trying again at the next flush")]
    private partial void LogFlushFailed(Exception exception, string reindexId);
}
