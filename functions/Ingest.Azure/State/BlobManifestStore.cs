using Azure.Storage.Blobs;
using Ingest.Azure.Storage;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.State;

/// <summary>
/// Manifests as JSON blobs <c>manifests/{documentId}.json</c> in the state container. The version used for
/// compare-and-swap is the blob's ETag, and the service does the compare (see <see cref="JsonBlobs"/>),
/// so concurrent writers on any instance cannot both win.
/// </summary>
public sealed class BlobManifestStore(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IManifestStore
{
    /// <summary>How many manifests <see cref="ListAsync"/> downloads at once.</summary>
    private const int ListConcurrency = 16;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.StateContainer);

    public async Task<ManifestEntry?> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var read = await JsonBlobs.TryReadAsync<DocumentManifest>(_container.GetBlobClient(BlobNameOf(documentId)), cancellationToken).ConfigureAwait(false);
        return read is var (manifest, version) ? new ManifestEntry(manifest, version) : null;
    }

    public Task<bool> TryWriteAsync(DocumentManifest manifest, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonBlobs.TryWriteAsync(_container.GetBlobClient(BlobNameOf(manifest.DocumentId)), manifest, expectedVersion, cancellationToken);
    }

    /// <summary>Every manifest, in document-id order; a manifest deleted while listing is left out.</summary>
    public IAsyncEnumerable<DocumentManifest> ListAsync(CancellationToken cancellationToken = default) =>
        JsonBlobs.ListAsync<DocumentManifest>(_container, StorageNames.ManifestPrefix, ListConcurrency, cancellationToken);

    internal static string BlobNameOf(string documentId) => StorageNames.ManifestPrefix + documentId + ".json";
}
