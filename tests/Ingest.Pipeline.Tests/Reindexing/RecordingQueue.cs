using Ingest.Pipeline.Queueing;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>Records what is enqueued; can hold the enumeration until released, to test overlapping starts.</summary>
internal sealed class RecordingQueue : IWorkQueue
{
    private readonly List<WorkItem> _items = [];

    public TaskCompletionSource? Gate { get; set; }

    /// <summary>A copy of what was enqueued so far, in order.</summary>
    public List<WorkItem> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public async Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        lock (_items)
        {
            _items.Add(item);
        }
    }

    /// <summary>Takes every item enqueued so far, as a worker would.</summary>
    public List<WorkItem> Take()
    {
        lock (_items)
        {
            var taken = _items.ToList();
            _items.Clear();
            return taken;
        }
    }
}
