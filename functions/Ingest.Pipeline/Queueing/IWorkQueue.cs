namespace Ingest.Pipeline.Queueing;

/// <summary>The work queue port: an Azure Storage queue, or an in-process channel locally.</summary>
public interface IWorkQueue
{
    Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default);
}
