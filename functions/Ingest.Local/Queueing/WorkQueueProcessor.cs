using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Microsoft.Extensions.Hosting;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Queueing;

/// <summary>
/// Works through the in-process queue with a few parallel workers, as queue-triggered functions
/// do in Azure. A transient failure is retried after a growing delay; the ingestion service
/// counts attempts and quarantines the file when the budget is spent.
/// </summary>
public sealed partial class WorkQueueProcessor(
    ChannelWorkQueue queue,
    WorkItemProcessor processor,
    IReindexProgress progress,
    IOptions<WorkQueueOptions> options,
    IOptions<IngestionOptions> ingestionOptions,
    TimeProvider time,
    ILogger<WorkQueueProcessor> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Parallelism).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await ProcessAsync(item, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    queue.Complete();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(WorkItem item, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await processor.ProcessAsync(item, stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is TransientStoreException or SearchUnavailableException && attempt < ingestionOptions.Value.MaxTransientAttempts)
            {
                var delay = options.Value.RetryDelay * Math.Pow(2, attempt - 1);
                LogRetry(item.Path, attempt, delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Never let one file stop the queue; the service has recorded what it could, and its
                // run must not wait for it for ever (the next re-index retries the file).
                LogFailed(ex, item.Path);
                if (item.ReindexId is not null)
                {
                    progress.ReportAbandoned(item.ReindexId);
                }

                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying {SourcePath} in {Delay} (attempt {Attempt} failed transiently)")]
    private partial void LogRetry(string sourcePath, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {SourcePath} failed")]
    private partial void LogFailed(Exception exception, string sourcePath);
}
