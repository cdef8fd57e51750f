using Ingest.Pipeline.Queueing;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>Records what is enqueued; can hold the enumeration until released, to test overlapping starts.</summary>
internal sealed class RecordingQueue : IWorkQueue
{
    public List<WorkItem> Items { get; } = [];

    public TaskCompletionSource? Gate { get; set; }

    public async Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        lock (Items)
        {
            Items.Add(item);
        }
    }
}
