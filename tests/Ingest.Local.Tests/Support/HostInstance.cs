using Ingest.Lucene;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Local.Tests.Support;

/// <summary>
/// One run of the local host's services over a <see cref="HostWorld"/>'s folders: its own service
/// provider, in-memory queue (drained by hand) and open index generations. Disposing it is the host stopping.
/// </summary>
internal sealed class HostInstance(ServiceProvider services, CollectingWorkQueue queue, PausingSource source) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;
    public CollectingWorkQueue Queue { get; } = queue;
    public PausingSource Source { get; } = source;
    public ReindexService Reindex => Services.GetRequiredService<ReindexService>();
    public IngestionService Ingestion => Services.GetRequiredService<IngestionService>();
    public ISearchIndex Index => Services.GetRequiredService<ISearchIndex>();
    public IndexGenerations Generations => Services.GetRequiredService<IndexGenerations>();
    public LuceneSearchIndexFactory Factory => Services.GetRequiredService<LuceneSearchIndexFactory>();

    /// <summary>Processes <paramref name="count"/> queued items (all of them when null), as the queue's workers would; returns how many.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken, int? count = null)
    {
        var processor = Services.GetRequiredService<WorkItemProcessor>();
        var done = 0;
        while ((count is null || done < count) && Queue.TryDequeue(out var item))
        {
            await processor.ProcessAsync(item, cancellationToken);
            done++;
        }

        return done;
    }

    /// <summary>
    /// Starts a run and works through it until it is no longer active, as the local host does at
    /// start-up: drain, flush, and wait for a full run's check and switch (which may enqueue more).
    /// </summary>
    public async Task<ReindexRun> RunAsync(ReindexRequest request, CancellationToken cancellationToken)
    {
        var start = await Reindex.StartAsync(request, cancellationToken);
        await start.Enumeration;
        return await FinishAsync(start.Run.Id, cancellationToken);
    }

    /// <summary>Works through run <paramref name="id"/> until it is no longer active. The bound only keeps a stuck run from hanging the suite.</summary>
    public async Task<ReindexRun> FinishAsync(string id, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 1000; round++)
        {
            var drained = await DrainAsync(cancellationToken);
            await Reindex.FlushAsync(cancellationToken);
            var run = (await Reindex.GetAsync(id, cancellationToken))!;
            if (!run.IsActive && Queue.Count == 0)
            {
                return run;
            }

            if (drained == 0)
            {
                await Task.Delay(10, cancellationToken);
            }
        }

        Assert.Fail($"Re-index {id} did not finish: {await Reindex.GetAsync(id, cancellationToken)}");
        return null!;
    }

    /// <summary>Every (document, chunk, content hash, pipeline version) of an index, sorted as <see cref="LocalWorld.EntriesAsync"/> sorts.</summary>
    public static async Task<IReadOnlyList<IndexEntry>> EntriesAsync(ISearchIndex index, CancellationToken cancellationToken)
    {
        var entries = new List<IndexEntry>();
        await foreach (var entry in index.ListEntriesAsync(cancellationToken)) entries.Add(entry);
        return [.. entries.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.ChunkId, StringComparer.Ordinal)];
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
