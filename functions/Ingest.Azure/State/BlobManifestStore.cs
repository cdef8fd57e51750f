using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ingest.Azure.Storage;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.State;

/// <summary>
/// Manifests as JSON blobs <c>manifests/{documentId}.json</c> in the state container. The version used for
/// compare-and-swap is the blob's ETag, and the service does the compare: a write carries <c>If-Match</c>
/// with the expected ETag, or <c>If-None-Match: *</c> to create, so concurrent writers on any instance
/// cannot both win.
/// </summary>
public sealed class BlobManifestStore(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IManifestStore
{
    /// <summary>How many manifests <see cref="ListAsync"/> downloads at once.</summary>
    private const int ListConcurrency = 16;

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.StateContainer);

    public async Task<ManifestEntry?> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var read = await TryReadAsync(BlobNameOf(documentId), cancellationToken).ConfigureAwait(false);
        return read is var (manifest, version) ? new ManifestEntry(manifest, version) : null;
    }

    public async Task<bool> TryWriteAsync(DocumentManifest manifest, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var conditions = expectedVersion is null
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(expectedVersion) };
        var upload = new BlobUploadOptions { Conditions = conditions, HttpHeaders = JsonHeaders };
        try
        {
            await _container.GetBlobClient(BlobNameOf(manifest.DocumentId))
                .UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(manifest, StorageJson.Documents)), upload, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsLostRace(ex, expectedVersion))
        {
            return false;
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"writing the manifest of {manifest.DocumentId}");
        }
    }

    /// <summary>Every manifest, in document-id order; a manifest deleted while listing is left out.</summary>
    public async IAsyncEnumerable<DocumentManifest> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<string>(ListConcurrency);
        await foreach (var name in ListNamesAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(name);
            if (batch.Count == ListConcurrency)
            {
                foreach (var manifest in await ReadBatchAsync(batch, cancellationToken).ConfigureAwait(false))
                {
                    yield return manifest;
                }

                batch.Clear();
            }
        }

        foreach (var manifest in await ReadBatchAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            yield return manifest;
        }
    }

    internal static string BlobNameOf(string documentId) => StorageNames.ManifestPrefix + documentId + ".json";

    private async IAsyncEnumerable<string> ListNamesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var blobsInFolder = _container.GetBlobsAsync(new GetBlobsOptions { Prefix = StorageNames.ManifestPrefix }, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await blobsInFolder.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
            {
                yield break; // no state container yet: no manifests
            }
            catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
            {
                throw StorageErrors.Transient(ex, "listing manifests");
            }

            if (blobsInFolder.Current.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                yield return blobsInFolder.Current.Name;
            }
        }
    }

    private async Task<IEnumerable<DocumentManifest>> ReadBatchAsync(List<string> names, CancellationToken cancellationToken)
    {
        var reads = await Task.WhenAll(names.Select(name => TryReadAsync(name, cancellationToken))).ConfigureAwait(false);
        return reads.Where(read => read is not null).Select(read => read!.Value.Manifest);
    }

    private async Task<(DocumentManifest Manifest, string Version)?> TryReadAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var download = await _container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var manifest = JsonSerializer.Deserialize<DocumentManifest>(download.Value.Content.ToMemory().Span, StorageJson.Documents)
                ?? throw new InvalidDataException($"The manifest blob {blobName} is empty.");
            return (manifest, download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
        {
            return null;
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"reading {blobName}");
        }
    }

    /// <summary>
    /// 412: the ETag no longer matches. 409: a create lost to another creator (<c>BlobAlreadyExists</c>)
    /// or a lease is held. 404 on an If-Match write: the manifest was deleted since it was read.
    /// </summary>
    private static bool IsLostRace(RequestFailedException ex, string? expectedVersion) =>
        ex.Status is 412 or 409 || (ex.Status == 404 && expectedVersion is not null && ex.ErrorCode == BlobErrorCode.BlobNotFound);
}
