using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// A run's enumeration: a full run first gets its new index generation, then the source is
/// reconciled from the run's checkpoint, saving a checkpoint after every page, and the run is
/// finished at once when its items are already done.
/// </summary>
internal sealed partial class ReindexEnumeration(
    ReconcileService reconcile,
    ReindexRunRecords records,
    IndexGenerations generations,
    ReindexFinisher finisher,
    TimeProvider time,
    ILogger logger)
{
    /// <param name="run">The run to enumerate, from its checkpoint when it has one.</param>
    /// <param name="poll">A routine check (<see cref="ReindexRequest.Poll"/>): when it enqueues nothing it is not kept.</param>
    /// <param name="cancellationToken">Stops the enumeration at its last checkpoint.</param>
    public async Task EnumerateAsync(ReindexRun run, bool poll, CancellationToken cancellationToken)
    {
        var generation = run.Generation;
        if (run.Mode == ReindexMode.Full && generation is null)
        {
            generation = await generations.BeginBuildAsync(run.Id, cancellationToken).ConfigureAwait(false);
            await records.UpdateAsync(run.Id, r => r with { Generation = generation }, cancellationToken).ConfigureAwait(false);
            // Every instance must write to the new generation before it is filled, or a change
            // made meanwhile on an instance that does not know about it yet would be missing from it.
            await Task.Delay(generations.PropagationDelay, time, cancellationToken).ConfigureAwait(false);
        }

        var plan = new ReconcilePlan(run.Mode, run.Id, generation, run.Checkpoint);
        var summary = await reconcile.RunAsync(plan, async (checkpoint, ct) =>
        {
            var now = time.GetUtcNow();
            await records.UpdateAsync(run.Id, r => r with { Checkpoint = checkpoint, LastActivityAt = now }, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        if (poll && summary.Enqueued == 0)
        {
            await records.DeleteAsync(run.Id, cancellationToken).ConfigureAwait(false);
            return;
        }

        var enumerated = await records.UpdateAsync(run.Id, r => r with { Summary = summary, LastActivityAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        LogEnumerated(run.Id, summary.Listed, summary.Enqueued, summary.Unchanged);
        if (enumerated is not null)
        {
            await finisher.FinishIfDoneAsync(enumerated, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-index {ReindexId} enumerated {Listed} files: {Enqueued} enqueued, {Unchanged} unchanged")]
    private partial void LogEnumerated(string reindexId, int listed, int enqueued, int unchanged);
}
