using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Sources;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Sources;

/// <summary>
/// The articles container as the document source. Paths are blob names; the version tag is the blob
/// ETag. Metadata overrides come from blob metadata and a sidecar blob (see <see cref="BlobMetadataOverrides"/>
/// for the keys, including the base64 <c>_b64</c> keys for non-ASCII values).
/// </summary>
public sealed class BlobDocumentSource(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IDocumentSource
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.ArticlesContainer);
    private readonly long _maxDownloadBytes = options.Value.MaxDownloadBytes;

    public string Description => $"blob container {_container.Name} at {_container.Uri.GetLeftPart(UriPartial.Authority)}";

    /// <summary>
    /// Every article, in blob-name order; the SDK's pager follows the continuation tokens. Throws
    /// <see cref="InvalidOperationException"/> when the container does not exist.
    /// </summary>
    public async IAsyncEnumerable<SourceItem> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var pages = _container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).AsPages().GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            Page<BlobItem> page;
            try
            {
                if (!await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                page = pages.Current;
            }
            catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                throw ContainerMissing(ex);
            }
            catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
            {
                throw StorageErrors.Transient(ex, $"listing {_container.Name}");
            }

            foreach (var item in ToItems(page.Values))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// One page of the listing in blob-name order, starting where <paramref name="continuationToken"/>
    /// points (null: the start). The token is the service's own marker, so a re-index run that saved
    /// it resumes on any instance. Sidecars and hidden files count towards <paramref name="pageSize"/>
    /// but are left out, so a page may hold fewer articles (even none) and still not be the last.
    /// Throws <see cref="InvalidOperationException"/> when the container does not exist.
    /// </summary>
    public async Task<SourcePage> ListPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        try
        {
            await foreach (var page in _container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken)
                .AsPages(string.IsNullOrEmpty(continuationToken) ? null : continuationToken, pageSize)
                .ConfigureAwait(false))
            {
                return new SourcePage(ToItems(page.Values).ToList(), string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            throw ContainerMissing(ex);
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"listing {_container.Name}");
        }

        return new SourcePage([], null);
    }

    /// <summary>
    /// Downloads the article with its properties and metadata overrides; null when it does not exist.
    /// A blob larger than <see cref="AzureStorageOptions.MaxDownloadBytes"/> is rejected as
    /// <see cref="FailureReason.TooLarge"/> without downloading its body.
    /// </summary>
    public async Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var blob = _container.GetBlobClient(path);
        try
        {
            // One request: the response headers (length, type, ETag, metadata) arrive before the body,
            // so an oversized blob is refused without reading it.
            using var download = (await blob.DownloadStreamingAsync(new BlobDownloadOptions(), cancellationToken).ConfigureAwait(false)).Value;
            var details = download.Details;
            if (details.ContentLength > _maxDownloadBytes)
            {
                throw new DocumentRejectedException(FailureReason.TooLarge,
                    $"The blob is {details.ContentLength:N0} bytes; the limit for downloading is {_maxDownloadBytes:N0} bytes.");
            }

            var content = new byte[details.ContentLength];
            await download.Content.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            var sidecar = await ReadSidecarAsync(path, cancellationToken).ConfigureAwait(false);
            return new SourceDocument
            {
                Path = path,
                Content = content,
                ContentType = string.IsNullOrWhiteSpace(details.ContentType) ? null : details.ContentType,
                ETag = ETags.ToText(details.ETag),
                LastModified = details.LastModified,
                Overrides = BlobMetadataOverrides.Combine(BlobMetadataOverrides.FromBlobMetadata(details.Metadata), sidecar),
            };
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            throw ContainerMissing(ex);
        }
        catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
        {
            return null;
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"reading {path}");
        }
    }

    private async Task<DocumentMetadata?> ReadSidecarAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var sidecar = await _container.GetBlobClient(path + StorageNames.SidecarSuffix).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return BlobMetadataOverrides.FromSidecar(sidecar.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException ex) when (StorageErrors.IsNotFound(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// A missing container is a configuration fault, not an empty source: reporting it as empty (or each
    /// article as deleted) would make the re-index job remove every document from the index.
    /// </summary>
    private InvalidOperationException ContainerMissing(RequestFailedException ex) =>
        new($"The articles container '{_container.Name}' does not exist at {_container.Uri.GetLeftPart(UriPartial.Authority)}.", ex);

    private static IEnumerable<SourceItem> ToItems(IEnumerable<BlobItem> blobs) =>
        from blob in blobs
        where !blob.Deleted && SourceFileRules.IsArticle(blob.Name)
        select new SourceItem(
            blob.Name,
            ETags.ToText(blob.Properties.ETag),
            blob.Properties.ContentLength ?? 0,
            blob.Properties.LastModified ?? DateTimeOffset.MinValue);
}
