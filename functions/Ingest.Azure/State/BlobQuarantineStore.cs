using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.State;

/// <summary>
/// Copies failed files into the quarantine container under their source path, with
/// <c>NAME.reason.json</c> beside each copy saying what went wrong. The copy is uploaded from the bytes
/// that failed rather than copied server-side, because the source blob may have changed since.
/// </summary>
public sealed class BlobQuarantineStore(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IQuarantineStore
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.QuarantineContainer);

    public async Task PutAsync(SourceDocument document, QuarantineRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await _container.GetBlobClient(document.Path).UploadAsync(
                BinaryData.FromBytes(document.Content),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType } },
                cancellationToken).ConfigureAwait(false);
            await _container.GetBlobClient(document.Path + StorageNames.ReasonSuffix).UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(record, StorageJson.Documents)),
                new BlobUploadOptions { HttpHeaders = JsonHeaders },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"quarantining {document.Path}");
        }
    }

    /// <summary>Deletes the copy and its reason; nothing to delete is fine.</summary>
    public async Task RemoveAsync(string sourcePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        try
        {
            await DeleteAsync(sourcePath, cancellationToken).ConfigureAwait(false);
            await DeleteAsync(sourcePath + StorageNames.ReasonSuffix, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"removing the quarantined copy of {sourcePath}");
        }
    }

    private async Task DeleteAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            await _container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
        {
            // The container itself is missing: nothing was ever quarantined.
        }
    }
}
