using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Storage;

/// <summary>
/// Creates the containers and queues the adapters use when they are missing; idempotent. For the
/// local path (Azurite) and tools: in Azure the Bicep template creates them, and the app's identity
/// need not be allowed to.
/// </summary>
public sealed class AzureStorageInitializer(BlobServiceClient blobs, QueueServiceClient queues, IOptions<AzureStorageOptions> options)
{
    public async Task EnsureStorageAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        try
        {
            foreach (var container in (string[])[settings.ArticlesContainer, settings.StateContainer, settings.QuarantineContainer])
            {
                await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            foreach (var queue in (string[])[settings.WorkQueue, settings.BlobEventsQueue])
            {
                await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, "creating containers and queues");
        }
    }
}
