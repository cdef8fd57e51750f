using Ingest.Azure;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>
/// One item of the work queue. A failure throws, so the queue retries it and finally poisons it;
/// on the last delivery (<see cref="MaxDequeueCount"/>, as in host.json) the item's re-index run
/// counts it as abandoned, so the run can still finish.
/// </summary>
public sealed class ProcessWorkItem(WorkItemProcessor processor)
{
    /// <summary>host.json's <c>extensions.queues.maxDequeueCount</c>; a test keeps the two in step.</summary>
    public const int MaxDequeueCount = 5;

    [Function(nameof(ProcessWorkItem))]
    public Task Run([QueueTrigger(StorageNames.WorkQueue, Connection = StorageNames.Connection)] WorkItem item, long dequeueCount, CancellationToken cancellationToken) =>
        processor.ProcessAsync(item, lastAttempt: dequeueCount >= MaxDequeueCount, cancellationToken);
}
