using Ingest.Local.Queueing;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Cli.Reindexing;

/// <summary>
/// Follows a run to its end in a process whose work queue is the in-process one (the local host's
/// start-up run, <c>ingest reindex</c>): wakes when the enumeration ends, when the queue drains, or
/// every <c>every</c> to show progress, adds the counts of the items done so far, and stops once
/// the run is no longer active.
/// </summary>
internal static class LocalRunFollower
{
    /// <summary>A full run checks and switches in the background after the queue drained, and may enqueue more: look again after this.</summary>
    private static readonly TimeSpan AfterIdle = TimeSpan.FromMilliseconds(50);

    /// <returns>The run as it ended.</returns>
    public static async Task<ReindexRun> FollowAsync(ReindexService reindex, ChannelWorkQueue queue, ReindexStart start, TimeSpan every,
        TimeProvider time, Action<ReindexRun>? progress, CancellationToken cancellationToken)
    {
        var run = start.Run;
        while (true)
        {
            progress?.Invoke(run);
            var enumerated = start.Enumeration.IsCompleted;
            var awaited = enumerated ? queue.WaitIdleAsync(cancellationToken) : start.Enumeration;
            var woke = await Task.WhenAny(awaited, Task.Delay(every, time, cancellationToken)).ConfigureAwait(false);
            await reindex.FlushAsync(cancellationToken).ConfigureAwait(false);
            run = await reindex.GetAsync(run.Id, cancellationToken).ConfigureAwait(false) ?? run;
            if (enumerated && !run.IsActive)
            {
                break;
            }

            if (enumerated && woke == awaited)
            {
                await Task.Delay(AfterIdle, time, cancellationToken).ConfigureAwait(false);
            }
        }

        progress?.Invoke(run);
        // Surfaces an enumeration that failed in a way the run record could not hold.
        await start.Enumeration.ConfigureAwait(false);
        return run;
    }
}
