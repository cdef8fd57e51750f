using Ingest.Pipeline.Indexing;

namespace Ingest.Pipeline.State;

/// <summary>
/// The catalog in this process's memory: for a host with a single instance and an index that
/// lives no longer than the process (and for tests). Hosts with durable indexes register a durable store.
/// </summary>
public sealed class InMemoryIndexCatalogStore : IIndexCatalogStore
{
    private readonly Lock _gate = new();
    private IndexCatalogEntry? _entry;
    private long _version;

    public Task<IndexCatalogEntry?> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_entry);
        }
    }

    public Task<bool> TryWriteAsync(IndexCatalog catalog, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entry?.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _entry = new IndexCatalogEntry(catalog, (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult(true);
        }
    }
}
