using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Local.State;

/// <summary>The index catalog as <c>{data}/index-catalog.json</c>, written atomically with compare-and-swap.</summary>
public sealed class FileIndexCatalogStore(IOptions<DataFolderOptions> options) : IIndexCatalogStore
{
    private readonly JsonFileStore _files = new();
    private readonly string _path = options.Value.CatalogPath;

    public async Task<IndexCatalogEntry?> GetAsync(CancellationToken cancellationToken = default) =>
        await _files.GetAsync<IndexCatalog>(_path, cancellationToken).ConfigureAwait(false) is { } found
            ? new IndexCatalogEntry(found.Value, found.Version)
            : null;

    public Task<bool> TryWriteAsync(IndexCatalog catalog, string? expectedVersion, CancellationToken cancellationToken = default) =>
        _files.TryWriteAsync(_path, catalog, expectedVersion, cancellationToken);
}
