using Azure.Storage.Blobs;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.State;

/// <summary>
/// The index catalog as the JSON blob <c>index-catalog.json</c> in the state container, read by
/// every instance. The version is the blob's ETag, so a switch or a rollback is one
/// compare-and-swap write that only one instance can win (see <see cref="JsonBlobs"/>).
/// </summary>
public sealed class BlobIndexCatalogStore(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IIndexCatalogStore
{
    private readonly BlobClient _blob = blobs.GetBlobContainerClient(options.Value.StateContainer).GetBlobClient(StorageNames.IndexCatalogBlob);

    public async Task<IndexCatalogEntry?> GetAsync(CancellationToken cancellationToken = default)
    {
        var read = await JsonBlobs.TryReadAsync<IndexCatalog>(_blob, cancellationToken).ConfigureAwait(false);
        return read is var (catalog, version) ? new IndexCatalogEntry(catalog, version) : null;
    }

    public Task<bool> TryWriteAsync(IndexCatalog catalog, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return JsonBlobs.TryWriteAsync(_blob, catalog, expectedVersion, cancellationToken);
    }
}
