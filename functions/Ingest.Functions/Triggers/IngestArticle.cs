using Azure.Storage.Blobs;
using Ingest.Azure;
using Ingest.Pipeline.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>A blob was created or replaced in the articles container (delivered by Event Grid).</summary>
public sealed class IngestArticle(IngestionService ingestion)
{
    [Function(nameof(IngestArticle))]
    public Task Run(
        [BlobTrigger(StorageNames.ArticleBlobPath, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.Connection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        ingestion.IngestAsync(name, cancellationToken: cancellationToken);
}
