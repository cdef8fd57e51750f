using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Local.Tests.Invariants;

/// <summary>
/// Applies <see cref="HostOperation"/>s to a <see cref="HostWorld"/>, one host instance at a time,
/// as the local host and its folder watcher would, asserting along the way what each run must end in.
/// </summary>
internal sealed class HostScenarioRunner(HostWorld world, CancellationToken cancellationToken)
{
    // Pages of one file, so a run can be held after any of them.
    private const int PageSize = 1;

    public HostInstance Host { get; private set; } = world.Start(PageSize);

    /// <summary>
    /// A rollback made the previous generation active and nothing has rebuilt it since (a full
    /// re-index, or a pipeline version change that makes every document stale). Its documents that
    /// did not change keep the passages the earlier pipeline made: undoing a new pipeline's output is
    /// what a rollback is for. So the active generation matches the manifests in documents and
    /// content only, and a full re-index brings it back to the current pipeline.
    /// </summary>
    public bool ServingRolledBack { get; private set; }

    /// <summary>The chunk budget of the running instance: the pipeline version a fresh ingest must use.</summary>
    public int Budget { get; private set; } = HostWorld.Budget;

    /// <summary>Writes the first variant of every slot and runs the host's start-up re-index over them.</summary>
    public async Task StartOverAsync(IReadOnlyList<int> variants)
    {
        for (var slot = 0; slot < variants.Count; slot++)
        {
            world.Write(ScenarioGenerators.Slots[slot], Articles.Texts[variants[slot]]);
        }

        var run = await Host.RunAsync(new ReindexRequest(AfterRestart: true), cancellationToken);
        Assert.Equal(ReindexState.Completed, run.State);
    }

    public async Task ApplyAsync(HostOperation operation)
    {
        switch (operation)
        {
            case HostOperation.Source(SourceOperation.Bump(var budget)):
                await Host.DisposeAsync();
                Budget = budget;
                Host = world.Start(PageSize, Budget);
                // A new pipeline version makes every document stale; the next run re-ingests them all.
                ServingRolledBack = false;
                break;
            case HostOperation.Source(var step):
                await ApplyEventAsync(step);
                break;
            case HostOperation.IncrementalReindex(var live):
                var incremental = await RunBesideAsync(new ReindexRequest(), live);
                Assert.Equal(ReindexState.Completed, incremental.State);
                break;
            case HostOperation.FullReindex(var live):
                var full = await RunBesideAsync(new ReindexRequest(ReindexMode.Full), live);
                Assert.Equal((ReindexState.Completed, ReindexMode.Full), (full.State, full.Mode));
                Assert.Equal(full.Generation, (await CatalogAsync()).Active);
                ServingRolledBack = false;
                break;
            case HostOperation.InterruptedReindex stopped:
                await InterruptAsync(stopped);
                break;
            case HostOperation.Rollback:
                await RollbackAsync();
                break;
        }
    }

    /// <summary>
    /// Asserts that no generation is left half-built and that the active one holds exactly the
    /// chunks, content hashes and pipeline versions of the manifests marked indexed; returns what it holds.
    /// </summary>
    public async Task<IReadOnlyList<IndexEntry>> AssertActiveMatchesManifestsAsync()
    {
        var catalog = await CatalogAsync();
        Assert.Null(catalog.Building);
        var active = await HostInstance.EntriesAsync(Host.Factory.Open(catalog.Active), cancellationToken);
        var indexed = new List<(string DocumentId, string ChunkId, string ContentHash, string PipelineVersion)>();
        await foreach (var manifest in Host.Services.GetRequiredService<IManifestStore>().ListAsync(cancellationToken))
        {
            if (manifest.Status == ManifestStatus.Indexed)
            {
                indexed.AddRange(manifest.ChunkIds.Select(chunk => (manifest.DocumentId, chunk, manifest.ContentHash, manifest.PipelineVersion)));
            }
        }

        if (ServingRolledBack)
        {
            Assert.Equal(
                indexed.Select(e => (e.DocumentId, e.ContentHash)).Distinct().Order().ToArray(),
                active.Select(e => (e.DocumentId, e.ContentHash)).Distinct().Order().ToArray());
            return active;
        }

        Assert.Equal(
            [.. indexed.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.ChunkId, StringComparer.Ordinal)],
            active.Select(e => (e.DocumentId, e.ChunkId, e.ContentHash, e.PipelineVersion)).ToArray());
        return active;
    }

    /// <summary>The catalog as stored in the data folder, not as an instance caches it.</summary>
    public async Task<IndexCatalog> CatalogAsync() =>
        (await Host.Services.GetRequiredService<IIndexCatalogStore>().GetAsync(cancellationToken))?.Catalog ?? IndexCatalog.Initial;

    private async Task ApplyEventAsync(SourceOperation step)
    {
        switch (step)
        {
            case SourceOperation.Write(var slot, var variant, var raise):
                world.Write(ScenarioGenerators.Slots[slot], Articles.Texts[variant]);
                if (raise) await Host.Ingestion.IngestAsync(ScenarioGenerators.Slots[slot], cancellationToken: cancellationToken);
                break;
            case SourceOperation.Rename(var from, var to, var raise) when from != to && Exists(from):
                world.Move(ScenarioGenerators.Slots[from], ScenarioGenerators.Slots[to]);
                if (raise)
                {
                    await Host.Ingestion.IngestAsync(ScenarioGenerators.Slots[to], cancellationToken: cancellationToken);
                    await Host.Ingestion.RemoveAsync(ScenarioGenerators.Slots[from], cancellationToken);
                }

                break;
            case SourceOperation.Delete(var slot, var raise) when Exists(slot):
                world.Delete(ScenarioGenerators.Slots[slot]);
                if (raise) await Host.Ingestion.RemoveAsync(ScenarioGenerators.Slots[slot], cancellationToken);
                break;
            case SourceOperation.Duplicate(var slot):
                // One instance may open the index at a time, so the duplicates race on it: two direct
                // ingestions and the same event delivered through the queue's processor.
                var path = ScenarioGenerators.Slots[slot];
                var processor = Host.Services.GetRequiredService<WorkItemProcessor>();
                await Task.WhenAll(
                    Task.Run(() => Host.Ingestion.IngestAsync(path, cancellationToken: cancellationToken), cancellationToken),
                    Task.Run(() => Host.Ingestion.IngestAsync(path, cancellationToken: cancellationToken), cancellationToken),
                    Task.Run(() => processor.ProcessAsync(new WorkItem(WorkKind.Ingest, path), cancellationToken), cancellationToken));
                break;
        }
    }

    // Starts a run and, once it has enumerated, applies the live events between batches of its items; then works it through.
    private async Task<ReindexRun> RunBesideAsync(ReindexRequest request, IReadOnlyList<LiveStep> live)
    {
        var start = await Host.Reindex.StartAsync(request, cancellationToken);
        Assert.False(start.Run.AlreadyRunning, $"A run was still active: {start.Run}");
        await start.Enumeration;
        await ApplyBesideAsync(live);
        return await Host.FinishAsync(start.Run.Id, cancellationToken);
    }

    private async Task ApplyBesideAsync(IReadOnlyList<LiveStep> live)
    {
        foreach (var (drain, change) in live)
        {
            await Host.DrainAsync(cancellationToken, drain);
            await ApplyEventAsync(change);
        }
    }

    private async Task InterruptAsync(HostOperation.InterruptedReindex stopped)
    {
        Host.Source.HoldAfter = ScenarioGenerators.Slots[stopped.HoldAfter];
        var start = await Host.Reindex.StartAsync(stopped.Mode, cancellationToken);
        // The hold is only reached when a page follows that file; otherwise the host stops after the enumeration.
        await Task.WhenAny(Host.Source.Reached, start.Enumeration).WaitAsync(cancellationToken);
        await ApplyBesideAsync(stopped.BeforeStop);
        await Host.DrainAsync(cancellationToken, stopped.Drained);
        await Host.DisposeAsync();
        Host = world.Start(PageSize, Budget);

        // The local host's start-up run.
        var run = await RunBesideAsync(new ReindexRequest(AfterRestart: true), stopped.AfterRestart);

        Assert.Equal(ReindexState.Completed, run.State);
        var before = (await Host.Reindex.GetAsync(start.Run.Id, cancellationToken))!;
        if (stopped.Mode == ReindexMode.Full)
        {
            // Resumed and switched (or switched before the stop, when its items were done already).
            Assert.Equal(ReindexState.Completed, before.State);
            Assert.Equal(before.Generation, (await CatalogAsync()).Active);
            ServingRolledBack = false;
        }
        else
        {
            Assert.False(before.IsActive, $"The stopped run is still active: {before}");
        }
    }

    private async Task RollbackAsync()
    {
        var catalog = await CatalogAsync();
        if (catalog.Previous is not { } previous)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => Host.Reindex.RollbackAsync(cancellationToken));
            return;
        }

        var rollback = await Host.Reindex.RollbackAsync(cancellationToken);
        await Host.DrainAsync(cancellationToken);

        Assert.Equal((previous, catalog.Active), (rollback.Active, rollback.Previous));
        ServingRolledBack = true;
    }

    private bool Exists(int slot) => File.Exists(Path.Combine(world.SourcePath, ScenarioGenerators.Slots[slot]));
}
