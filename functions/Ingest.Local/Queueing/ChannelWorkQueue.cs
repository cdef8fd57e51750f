using System.Threading.Channels;
using Ingest.Pipeline.Queueing;

namespace Ingest.Local.Queueing;

/// <summary>
/// The in-process work queue of the local host. Counts items from enqueue until processed, so
/// callers can wait for the queue to drain (start-up logging, <c>ingest reindex</c>, tests).
/// </summary>
public sealed class ChannelWorkQueue : IWorkQueue
{
    private readonly Channel<WorkItem> _channel = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = false });
    private readonly object _sync = new();
    private int _outstanding;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    public ChannelReader<WorkItem> Reader => _channel.Reader;

    /// <summary>Items enqueued and not yet completed.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    public Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            if (_outstanding++ == 0)
            {
                _idle = NewIdle(completed: false);
            }
        }

        return _channel.Writer.WriteAsync(item, cancellationToken).AsTask();
    }

    /// <summary>Called by the processor when an item is finished, whatever its outcome.</summary>
    public void Complete()
    {
        lock (_sync)
        {
            if (--_outstanding == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    /// <summary>Completes when no item is outstanding.</summary>
    public Task WaitIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed) source.SetResult();
        return source;
    }
}
