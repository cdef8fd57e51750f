using System.Collections.Concurrent;
using Ingest.Pipeline.Indexing;

namespace Ingest.Pipeline.Tests.Indexing;

/// <summary>Generations as <see cref="MemoryIndex"/>es, remembering which were dropped.</summary>
internal sealed class MemoryIndexFactory : ISearchIndexFactory
{
    private readonly ConcurrentDictionary<int, MemoryIndex> _open = new();
    private readonly ConcurrentQueue<int> _dropped = new();

    public IReadOnlyList<int> Dropped => [.. _dropped];

    public IReadOnlyList<int> Existing => [.. _open.Keys.Order()];

    ISearchIndex ISearchIndexFactory.Open(int generation) => Open(generation);

    public MemoryIndex Open(int generation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generation, 1);
        return _open.GetOrAdd(generation, _ => new MemoryIndex());
    }

    public Task DropAsync(int generation, CancellationToken cancellationToken = default)
    {
        _open.TryRemove(generation, out _);
        _dropped.Enqueue(generation);
        return Task.CompletedTask;
    }
}
