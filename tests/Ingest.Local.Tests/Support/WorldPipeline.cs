using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Local.Tests.Support;

/// <summary>One service provider's ingestion and reconcile services, with its hand-drained queue.</summary>
internal sealed class WorldPipeline(IServiceProvider services, CollectingWorkQueue queue)
{
    public IServiceProvider Services { get; } = services;
    public CollectingWorkQueue Queue { get; } = queue;
    public IngestionService Ingestion => Services.GetRequiredService<IngestionService>();
    public ReconcileService Reconcile => Services.GetRequiredService<ReconcileService>();
    public string Version => Services.GetRequiredService<PipelineVersion>().Value;

    /// <summary>Diffs the source against the manifests and works through what that enqueued.</summary>
    public async Task<ReindexSummary> ReconcileAndDrainAsync(CancellationToken cancellationToken)
    {
        var summary = await Reconcile.RunAsync(cancellationToken: cancellationToken);
        await DrainAsync(cancellationToken);
        return summary;
    }

    public async Task<List<IngestResult>> DrainAsync(CancellationToken cancellationToken)
    {
        var processor = Services.GetRequiredService<WorkItemProcessor>();
        var results = new List<IngestResult>();
        while (Queue.TryDequeue(out var item))
        {
            results.Add(await processor.ProcessAsync(item, cancellationToken));
        }

        return results;
    }
}
