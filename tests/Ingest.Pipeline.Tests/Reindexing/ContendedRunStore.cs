using Ingest.Pipeline.Reindexing;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>
/// Runs in memory, where another writer changes a run (adds one to <see cref="ReindexRun.Resumed"/>)
/// just before each of the next <see cref="Interruptions"/> compare-and-swap writes, as another
/// instance writing the same run does.
/// </summary>
internal sealed class ContendedRunStore : IReindexRunStore
{
    private readonly InMemoryReindexRunStore _inner = new();

    public int Interruptions { get; set; }

    public Task<ReindexRunEntry?> GetAsync(string id, CancellationToken cancellationToken = default) => _inner.GetAsync(id, cancellationToken);

    public async Task<bool> TryWriteAsync(ReindexRun run, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (expectedVersion is not null && Interruptions > 0 && await _inner.GetAsync(run.Id, cancellationToken) is { } current)
        {
            Interruptions--;
            await _inner.TryWriteAsync(current.Run with { Resumed = current.Run.Resumed + 1 }, current.Version, cancellationToken);
        }

        return await _inner.TryWriteAsync(run, expectedVersion, cancellationToken);
    }

    public IAsyncEnumerable<ReindexRun> ListAsync(CancellationToken cancellationToken = default) => _inner.ListAsync(cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => _inner.DeleteAsync(id, cancellationToken);
}
