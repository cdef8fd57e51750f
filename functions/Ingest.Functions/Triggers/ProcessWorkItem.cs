using Ingest.Azure;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>One item of the work queue. A failure throws, so the queue retries it and finally poisons it.</summary>
public sealed class ProcessWorkItem(WorkItemProcessor processor)
{
    [Function(nameof(ProcessWorkItem))]
    public Task Run([QueueTrigger(StorageNames.WorkQueue, Connection = StorageNames.Connection)] WorkItem item, CancellationToken cancellationToken) =>
        processor.ProcessAsync(item, cancellationToken);
}
