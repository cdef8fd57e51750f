using Ingest.Azure;
using Ingest.Pipeline.Reindexing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Ingest.Functions.Triggers;

/// <summary>
/// On the schedule in the <c>ReindexSchedule</c> app setting: starts an incremental run (or finds
/// the active one, or resumes a stopped one) and lasts as long as its enumeration, up to
/// <see cref="LongestWait"/>, so the instance that enumerates is not taken away meanwhile. An
/// enumeration that takes longer goes on in the background; if it is cut off, the next tick
/// resumes it from its checkpoint. The items it enqueues are processed by
/// <see cref="ProcessWorkItem"/> on any instance.
/// </summary>
public sealed partial class ScheduleReindex(ReindexService reindex, ILogger<ScheduleReindex> logger)
{
    /// <summary>Below host.json's functionTimeout (10 minutes), which would restart the worker and cut off other work too.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(8);

    [Function(nameof(ScheduleReindex))]
    public async Task Run([TimerTrigger("%" + StorageNames.ReindexScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ReindexStart start;
        try
        {
            start = await reindex.StartAsync(ReindexMode.Incremental, cancellationToken).ConfigureAwait(false);
        }
        catch (ReindexBusyException)
        {
            // Another instance is starting a run this very moment: that run does what this tick would.
            LogBusy();
            return;
        }

        LogStarted(start.Run.Id, start.Run.AlreadyRunning);
        try
        {
            await start.Enumeration.WaitAsync(LongestWait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogStillEnumerating(start.Run.Id, LongestWait);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled re-index: run {ReindexId} is still enumerating after {Wait}; it goes on in the background, and the next tick resumes it if it stops")]
    private partial void LogStillEnumerating(string reindexId, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled re-index: another instance is starting a run")]
    private partial void LogBusy();

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled re-index: run {ReindexId} (already running: {AlreadyRunning})")]
    private partial void LogStarted(string reindexId, bool alreadyRunning);
}
