using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Follows a blob container source: the local host has no Event Grid to push blob events, so every
/// <see cref="ContainerPollOptions.Interval"/> it starts an incremental re-index, which enqueues what
/// is new, changed or deleted and nothing else. A poll that finds a run still busy leaves it to
/// finish; a failing poll is reported once, not at every tick, and retried at the next one.
/// </summary>
internal sealed partial class ContainerPoller(
    ReindexService reindex,
    IDocumentSource source,
    IOptions<ContainerPollOptions> options,
    TimeProvider time,
    ILogger<ContainerPoller> logger) : BackgroundService
{
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        LogPolling(source.Description, interval.TotalSeconds);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        ReindexRun? run;
        try
        {
            var start = await reindex.StartAsync(new ReindexRequest(ReindexMode.Incremental, Poll: true), cancellationToken).ConfigureAwait(false);
            if (start.Run.AlreadyRunning)
            {
                // A later poll, once that run is done, picks up whatever it did not see.
                return;
            }

            await start.Enumeration.WaitAsync(cancellationToken).ConfigureAwait(false);
            run = await reindex.GetAsync(start.Run.Id, cancellationToken).ConfigureAwait(false) ?? start.Run;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReportFailure(ex.Message);
            return;
        }

        if (run.State == ReindexState.Failed)
        {
            ReportFailure(run.Error ?? $"re-index {run.Id} failed");
            return;
        }

        if (_failing)
        {
            _failing = false;
            LogRecovered(source.Description);
        }

        if (run.Summary is { Enqueued: > 0 } summary)
        {
            LogChanges(summary.New, summary.Changed, summary.Stale, summary.Orphaned, run.Id);
        }
    }

    /// <summary>The storage account may come back (Azurite restarted): keep polling, and say so once rather than at every tick.</summary>
    private void ReportFailure(string reason)
    {
        if (!_failing)
        {
            _failing = true;
            LogPollFailed(source.Description, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling {Source} for changes every {Seconds} s")]
    private partial void LogPolling(string source, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll found {New} new, {Changed} changed, {Stale} stale and {Deleted} deleted articles (re-index {ReindexId})")]
    private partial void LogChanges(int @new, int changed, int stale, int deleted, string reindexId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling {Source} failed: {Reason}; retrying at every poll")]
    private partial void LogPollFailed(string source, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling {Source} works again")]
    private partial void LogRecovered(string source);
}
