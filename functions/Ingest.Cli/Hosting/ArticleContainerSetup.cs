using Azure.Storage.Blobs;
using Ingest.Azure.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Creates the articles container when the host starts, before the start-up ingestion lists it: a
/// fresh Azurite has no containers, and the blob source treats a missing container as a fault.
/// </summary>
internal sealed class ArticleContainerSetup(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        ArticleContainer.EnsureAsync(blobs.GetBlobContainerClient(options.Value.ArticlesContainer), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
