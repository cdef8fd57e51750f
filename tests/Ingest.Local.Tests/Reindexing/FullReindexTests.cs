using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Query;
using Ingest.Pipeline.Reindexing;
using static Ingest.Local.Tests.Support.Articles;

namespace Ingest.Local.Tests.Reindexing;

/// <summary>
/// A full re-index over the local host's services (data folder stores, Lucene generations): it
/// builds a new generation side by side while searches go on reading the old one, switches to it,
/// and can be rolled back.
/// </summary>
public sealed class FullReindexTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_Full_SearchesTheOldGenerationUntilTheSwitchThenHoldsWhatAFreshIngestMakes()
    {
        using var world = new HostWorld();
        for (var i = 1; i <= 6; i++) world.Write(Name(i), Numbered(i));
        var host = world.Start();
        await host.RunAsync(new ReindexRequest(), Token);
        var before = await HostInstance.EntriesAsync(host.Index, Token);
        var hitsBefore = (await host.Index.SearchAsync(new SearchQuery { Text = "数字经济" }, Token)).Count;

        var start = await host.Reindex.StartAsync(ReindexMode.Full, Token);
        await start.Enumeration;
        await host.DrainAsync(Token, count: 2);
        var during = await HostInstance.EntriesAsync(host.Index, Token);
        var hitsDuring = (await host.Index.SearchAsync(new SearchQuery { Text = "数字经济" }, Token)).Count;
        var building = await HostInstance.EntriesAsync(host.Factory.Open(2), Token);

        // Changed during the build: a05's event comes before its forced item, a06's after it.
        world.Write(Name(5), Numbered(15));
        await host.Ingestion.IngestAsync(Name(5), cancellationToken: Token);
        world.Write(Name(6), Numbered(16));
        await host.DrainAsync(Token);
        var lateEvent = await host.Ingestion.IngestAsync(Name(6), cancellationToken: Token);
        var run = await host.FinishAsync(start.Run.Id, Token);

        Assert.Equal(before, during);
        Assert.True(hitsBefore > 0);
        Assert.Equal(hitsBefore, hitsDuring);
        Assert.Equal([Id(1), Id(2)], building.Select(e => e.DocumentId).Distinct());
        Assert.Equal(ReindexState.Completed, run.State);
        Assert.Equal(2, run.Generation);
        Assert.Equal(IngestOutcome.Unchanged, lateEvent.Outcome);
        var catalog = await host.Generations.GetCatalogAsync(Token);
        Assert.Equal((2, 1, (int?)null), (catalog.Active, catalog.Previous, catalog.Building));
        var fresh = await world.FreshEntriesAsync(Token);
        Assert.Equal(fresh, await HostInstance.EntriesAsync(host.Index, Token));
        // The previous generation is kept, and did not fall behind on what changed while it was active.
        Assert.True(Directory.Exists(host.Factory.PathOf(1)));
        Assert.Equal(fresh, await HostInstance.EntriesAsync(host.Factory.Open(1), Token));
    }

    [Fact]
    public async Task RollbackAsync_AfterAFullReindex_BringsThePreviousGenerationBackUpToDate()
    {
        using var world = new HostWorld();
        for (var i = 1; i <= 5; i++) world.Write(Name(i), Numbered(i));
        var host = world.Start();
        await host.RunAsync(new ReindexRequest(), Token);
        await host.RunAsync(new ReindexRequest(ReindexMode.Full), Token);
        // Events after the switch reach the active generation only.
        world.Write(Name(3), Numbered(13));
        await host.Ingestion.IngestAsync(Name(3), cancellationToken: Token);
        world.Delete(Name(4));
        await host.Ingestion.RemoveAsync(Name(4), Token);
        var previousBefore = await HostInstance.EntriesAsync(host.Factory.Open(1), Token);

        var rollback = await host.Reindex.RollbackAsync(Token);
        await host.DrainAsync(Token);

        var fresh = await world.FreshEntriesAsync(Token);
        Assert.NotEqual(fresh, previousBefore);
        Assert.Equal(new IndexRollback(Active: 1, Previous: 2, Requeued: 2), rollback);
        Assert.Equal(fresh, await HostInstance.EntriesAsync(host.Index, Token));

        var undo = await host.Reindex.RollbackAsync(Token);

        Assert.Equal((2, 1), (undo.Active, undo.Previous));
        Assert.Equal(fresh, await HostInstance.EntriesAsync(host.Index, Token));
    }

    private static string Id(int number) => Pipeline.Documents.DocumentId.FromPath(Name(number));
}
