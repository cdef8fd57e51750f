using Ingest.Pipeline.Queueing;

namespace Ingest.Pipeline.Ingestion;

/// <summary>Carries out one work item from the queue: an ingestion or a removal.</summary>
public sealed class WorkItemProcessor(IngestionService ingestion)
{
    public Task<IngestResult> ProcessAsync(WorkItem item, CancellationToken cancellationToken = default) => item.Kind switch
    {
        WorkKind.Remove => ingestion.RemoveAsync(item.Path, cancellationToken),
        _ => ingestion.IngestAsync(item.Path, item.Force, cancellationToken),
    };
}
