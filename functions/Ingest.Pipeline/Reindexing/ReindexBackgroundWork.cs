using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// The work a re-index service runs past the call that started it: enumerations, and the checks
/// before a switch. It is tracked so that stopping the service cancels it and waits for it, and the
/// lock is released before the stores the work writes to are disposed.
/// </summary>
internal sealed partial class ReindexBackgroundWork(ILogger logger)
{
    // Cancelled on stop and never disposed itself: background work started late may still read its token.
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>Cancelled once the service stops.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Runs <paramref name="work"/> on the thread pool until it ends; it must catch its own failures.</summary>
    public Task Run(Func<Task> work)
    {
        var task = Task.Run(work, CancellationToken.None);
        lock (_gate)
        {
            _running.Add(task);
        }

        _ = task.ContinueWith(done =>
        {
            lock (_gate)
            {
                _running.Remove(done);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    /// <summary>Cancels <see cref="Stopping"/> and waits for the work running now.</summary>
    public void Stop()
    {
        _stopping.Cancel();
        WaitAsync().GetAwaiter().GetResult();
    }

    /// <inheritdoc cref="Stop"/>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await WaitAsync().ConfigureAwait(false);
    }

    private async Task WaitAsync()
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-index work did not stop cleanly; the next start resumes its run")]
    private partial void LogStopFailed(Exception exception);
}
