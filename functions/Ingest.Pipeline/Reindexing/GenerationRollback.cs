using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Goes back to the index generation that was active before the last switch of a full re-index,
/// under the <see cref="IReindexLock"/> so that no run enumerates or switches meanwhile.
/// </summary>
internal sealed partial class GenerationRollback(
    IReindexLock runLock,
    ReindexRunRecords records,
    IndexGenerations generations,
    IManifestStore manifests,
    IWorkQueue queue,
    ReindexOptions options,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>
    /// Makes the previous index generation active again and re-enqueues every document that
    /// changed since the switch, so the generation now active catches up with the source.
    /// </summary>
    /// <exception cref="InvalidOperationException">No switch happened yet, or a re-index is active.</exception>
    public async Task<IndexRollback> RollbackAsync(CancellationToken cancellationToken)
    {
        await using var held = await runLock.TryAcquireAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A re-index is enumerating; roll back once it has finished.");
        if (await records.LatestAsync(cancellationToken).ConfigureAwait(false) is { IsActive: true } active && ReindexIdleRule.Blocks(active, options.IdleLimit, time))
        {
            throw new InvalidOperationException($"Re-index {active.Id} is still running; roll back once it has finished.");
        }

        var (before, after) = await generations.RollbackAsync(cancellationToken).ConfigureAwait(false);
        var since = before.SwitchedAt ?? DateTimeOffset.MinValue;
        var requeued = 0;
        await foreach (var manifest in manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (manifest.UpdatedAt < since)
            {
                continue;
            }

            requeued++;
            var item = manifest.Status == ManifestStatus.Removed
                ? new WorkItem(WorkKind.Remove, manifest.SourcePath)
                : new WorkItem(WorkKind.Ingest, manifest.SourcePath, Force: true);
            await queue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
        }

        LogRollback(after.Active, after.Previous!.Value, requeued);
        return new IndexRollback(after.Active, after.Previous.Value, requeued);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolled back to index generation {Generation} (from {Previous}); {Requeued} documents changed since the switch were enqueued again")]
    private partial void LogRollback(int generation, int previous, int requeued);
}
