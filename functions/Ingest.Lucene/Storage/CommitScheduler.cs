namespace Ingest.Lucene.Storage;

/// <summary>
/// Runs a commit at most once per delay after writes. The first write after a commit starts the
/// timer and later writes ride along, so a steady stream of writes still commits every delay
/// (a trailing debounce would postpone the commit for as long as writes keep coming).
/// </summary>
internal sealed class CommitScheduler : IDisposable
{
    private readonly ITimer timer;
    private readonly TimeSpan delay;
    private int pending;

    public CommitScheduler(TimeProvider timeProvider, TimeSpan delay, Action commit)
    {
        this.delay = delay;
        timer = timeProvider.CreateTimer(
            _ =>
            {
                // Cleared before the commit: a write that lands while it runs schedules the next one.
                Volatile.Write(ref pending, 0);
                commit();
            },
            state: null,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
    }

    /// <summary>Asks for a commit within the delay; does nothing when one is already due.</summary>
    public void Schedule()
    {
        if (Interlocked.Exchange(ref pending, 1) == 0)
        {
            timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => timer.Dispose();
}
