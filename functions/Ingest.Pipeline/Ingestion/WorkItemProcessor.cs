using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Pipeline.Ingestion;

/// <summary>
/// Carries out one work item from the queue: an ingestion or a removal. Items enqueued by a
/// re-index run report their outcome (or their failure) to <see cref="IReindexProgress"/>.
/// </summary>
public sealed class WorkItemProcessor(IngestionService ingestion, IReindexProgress progress)
{
    public Task<IngestResult> ProcessAsync(WorkItem item, CancellationToken cancellationToken = default) =>
        ProcessAsync(item, lastAttempt: false, cancellationToken);

    /// <param name="item">The work item.</param>
    /// <param name="lastAttempt">The queue gives the item up if this attempt throws: it is then reported abandoned rather than failed, so its run can finish.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IngestResult> ProcessAsync(WorkItem item, bool lastAttempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        IngestResult result;
        try
        {
            result = item.Kind switch
            {
                WorkKind.Remove => await ingestion.RemoveAsync(item.Path, cancellationToken).ConfigureAwait(false),
                _ => await ingestion.IngestAsync(item.Path, item.Force, item.Generation, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception ex) when (item.ReindexId is not null)
        {
            progress.ReportFailure(item.ReindexId);
            if (lastAttempt && ex is not OperationCanceledException)
            {
                progress.ReportAbandoned(item.ReindexId);
            }

            throw;
        }

        if (item.ReindexId is not null)
        {
            progress.Report(item.ReindexId, result.Outcome);
        }

        return result;
    }
}
