using Ingest.Azure;
using Ingest.Pipeline.Reindexing;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>On the schedule in the <c>ReindexSchedule</c> app setting: diff storage against the manifests and enqueue the work.</summary>
public sealed class ScheduleReindex(ReindexService reindex)
{
    [Function(nameof(ScheduleReindex))]
    public async Task Run([TimerTrigger("%" + StorageNames.ReindexScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await reindex.StartAsync(ReindexMode.Incremental, cancellationToken).ConfigureAwait(false);
}
