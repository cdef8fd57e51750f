using Azure.Storage.Queues;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Queueing;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Queueing;

/// <summary>
/// The work queue as an Azure Storage queue. Each item is one message (<see cref="WorkItemMessage"/>),
/// base64-encoded as the Functions queue trigger expects. The queue is created on first use if it is
/// missing, once per instance.
/// </summary>
public sealed class StorageQueueWorkQueue(QueueServiceClient queues, IOptions<AzureStorageOptions> options) : IWorkQueue
{
    private readonly QueueClient _queue = queues.GetQueueClient(options.Value.WorkQueue);
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _created;

    public string QueueName => _queue.Name;

    public async Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await EnsureQueueAsync(cancellationToken).ConfigureAwait(false);
            await _queue.SendMessageAsync(WorkItemMessage.Serialize(item), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, $"enqueueing {item.Kind} {item.Path}");
        }
    }

    private async Task EnsureQueueAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_created)
            {
                await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _created = true; // only after success: a failed attempt is tried again by the next caller
            }
        }
        finally
        {
            _createGate.Release();
        }
    }
}
