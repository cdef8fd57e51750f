using Ingest.Azure;
using Ingest.Azure.Events;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>A BlobDeleted event that the Event Grid subscription put on the blob-events queue.</summary>
public sealed class RemoveArticle(BlobDeletedHandler handler)
{
    [Function(nameof(RemoveArticle))]
    public Task Run([QueueTrigger(StorageNames.BlobEventsQueue, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
