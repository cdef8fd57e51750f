using Ingest.Azure;
using Ingest.Pipeline.Reindexing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>On the schedule in the <c>ReindexSchedule</c> app setting: diff storage against the manifests and enqueue the work.</summary>
public sealed class ScheduleReindex(ReconcileService reconcile)
{
    [Function(nameof(ScheduleReindex))]
    public Task Run([TimerTrigger("%" + StorageNames.ReindexScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        reconcile.RunAsync(cancellationToken: cancellationToken);
}
