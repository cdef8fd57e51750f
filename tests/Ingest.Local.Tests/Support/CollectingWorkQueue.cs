using System.Collections.Concurrent;
using Ingest.Pipeline.Queueing;

namespace Ingest.Local.Tests.Support;

/// <summary>A work queue the test drains by hand, so that every step of a scenario is deterministic.</summary>
internal sealed class CollectingWorkQueue : IWorkQueue
{
    private readonly ConcurrentQueue<WorkItem> _items = new();

    public int Count => _items.Count;

    public Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        _items.Enqueue(item);
        return Task.CompletedTask;
    }

    public bool TryDequeue(out WorkItem item) => _items.TryDequeue(out item!);
}
