using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Ingest.Azure.Storage;

/// <summary>
/// Reads and writes one JSON record per blob with ETag compare-and-swap, the way every state store
/// of the adapter keeps its records: the version is the blob's ETag, and the service does the
/// compare (a write carries <c>If-Match</c> with the expected ETag, or <c>If-None-Match: *</c> to
/// create), so concurrent writers on any instance cannot both win.
/// </summary>
internal static class JsonBlobs
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    /// <summary>The record and its version; null when the blob (or its container) does not exist.</summary>
    public static async Task<(T Value, string Version)?> TryReadAsync<T>(BlobClient blob, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var download = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var value = JsonSerializer.Deserialize<T>(download.Value.Content.ToMemory().Span, StorageJson.Documents)
                ?? throw new InvalidDataException($"The blob {blob.Name} holds no {typeof(T).Name}.");
            return (value, download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
        {
            return null;
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"reading {blob.Name}");
        }
    }

    /// <summary>
    /// Writes the record if the blob's ETag still equals <paramref name="expectedVersion"/> (null:
    /// only if the blob does not exist). False when another writer got there first.
    /// </summary>
    public static async Task<bool> TryWriteAsync<T>(BlobClient blob, T value, string? expectedVersion, CancellationToken cancellationToken)
    {
        var conditions = expectedVersion is null
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(expectedVersion) };
        var upload = new BlobUploadOptions { Conditions = conditions, HttpHeaders = JsonHeaders };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Documents)), upload, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (IsLostRace(ex, expectedVersion))
        {
            return false;
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"writing {blob.Name}");
        }
    }

    /// <summary>Deletes the blob; one that is not there (or a container that is not there) is not an error.</summary>
    public static async Task DeleteAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
        {
            // The container is missing: there is nothing to delete.
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"deleting {blob.Name}");
        }
    }

    /// <summary>
    /// Every record in the <c>.json</c> blobs under <paramref name="prefix"/>, in blob-name order,
    /// downloaded <paramref name="concurrency"/> at a time; a blob deleted while listing is left out,
    /// and a missing container holds no records.
    /// </summary>
    public static async IAsyncEnumerable<T> ListAsync<T>(
        BlobContainerClient container, string prefix, int concurrency, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var batch = new List<string>(concurrency);
        await foreach (var name in ListNamesAsync(container, prefix, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(name);
            if (batch.Count == concurrency)
            {
                foreach (var value in await ReadBatchAsync<T>(container, batch, cancellationToken).ConfigureAwait(false))
                {
                    yield return value;
                }

                batch.Clear();
            }
        }

        foreach (var value in await ReadBatchAsync<T>(container, batch, cancellationToken).ConfigureAwait(false))
        {
            yield return value;
        }
    }

    private static async IAsyncEnumerable<string> ListNamesAsync(
        BlobContainerClient container, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var blobsInFolder = container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken)
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
                yield break; // no container yet: no records
            }
            catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
            {
                throw StorageErrors.Transient(ex, $"listing {container.Name}/{prefix}");
            }

            if (blobsInFolder.Current.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                yield return blobsInFolder.Current.Name;
            }
        }
    }

    private static async Task<IEnumerable<T>> ReadBatchAsync<T>(BlobContainerClient container, List<string> names, CancellationToken cancellationToken)
        where T : class
    {
        var reads = await Task.WhenAll(names.Select(name => TryReadAsync<T>(container.GetBlobClient(name), cancellationToken))).ConfigureAwait(false);
        return reads.Where(read => read is not null).Select(read => read!.Value.Value);
    }

    /// <summary>
    /// 412: the ETag no longer matches. 409: a create lost to another creator (<c>BlobAlreadyExists</c>)
    /// or a lease is held. 404 on an If-Match write: the blob was deleted since it was read.
    /// </summary>
    private static bool IsLostRace(RequestFailedException ex, string? expectedVersion) =>
        ex.Status is 412 or 409 || (ex.Status == 404 && expectedVersion is not null && ex.ErrorCode == BlobErrorCode.BlobNotFound);
}
