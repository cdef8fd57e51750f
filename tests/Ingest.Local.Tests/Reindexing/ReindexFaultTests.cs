using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.DependencyInjection;
using static Ingest.Local.Tests.Support.Articles;

namespace Ingest.Local.Tests.Reindexing;

/// <summary>
/// A re-index stopped half-way, as when the local host stops while the enumeration is mid-way and
/// items are still queued in its memory: the next host's start-up run finishes the job, and the
/// index is exactly what a fresh ingest of the source makes, nothing lost and nothing doubled.
/// </summary>
public sealed class ReindexFaultTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_AfterRestartWithAnIncrementalRunStoppedHalfWay_IndexEqualsFreshIngest()
    {
        using var world = new HostWorld();
        for (var i = 1; i <= 8; i++) world.Write(Name(i), Numbered(i));
        var first = world.Start();
        await first.RunAsync(new ReindexRequest(), Token);
        // Missed changes: three on the first pages, one on a later page, a new file and a deleted one.
        foreach (var i in new[] { 1, 2, 3, 7 }) world.Write(Name(i), Numbered(10 + i));
        world.Write(Name(9), Numbered(9));
        world.Delete(Name(4));
        // Pages of two: a01 a02 | a03 a05 | held | a06 a07 | a08 a09.
        first.Source.HoldAfter = Name(5);
        var stopped = await first.Reindex.StartAsync(ReindexMode.Incremental, Token);
        await first.Source.Reached;
        await first.DrainAsync(Token, count: 1);
        var queuedAtStop = first.Queue.Count;
        await first.DisposeAsync();

        var second = world.Start();
        var run = await second.RunAsync(new ReindexRequest(AfterRestart: true), Token);

        Assert.Equal(2, queuedAtStop);
        var interrupted = (await second.Reindex.GetAsync(stopped.Run.Id, Token))!;
        Assert.Equal(ReindexState.Failed, interrupted.State);
        Assert.NotEqual(stopped.Run.Id, run.Id);
        Assert.Equal(ReindexState.Completed, run.State);
        Assert.Equal((3, 1, 1), (run.Summary!.Changed, run.Summary.New, run.Summary.Orphaned));
        Assert.Equal(await world.FreshEntriesAsync(Token), await HostInstance.EntriesAsync(second.Index, Token));
    }

    [Fact]
    public async Task StartAsync_AfterRestartWithAFullRunStoppedHalfWay_ResumesItAndIndexEqualsFreshIngest()
    {
        using var world = new HostWorld();
        for (var i = 1; i <= 8; i++) world.Write(Name(i), Numbered(i));
        var first = world.Start();
        await first.RunAsync(new ReindexRequest(), Token);
        world.Write(Name(2), Numbered(12));
        world.Write(Name(9), Numbered(9));
        world.Delete(Name(5));
        // Pages of two: a01 a02 | a03 a04 | held | a06 a07 | a08 a09.
        first.Source.HoldAfter = Name(4);
        var stopped = await first.Reindex.StartAsync(ReindexMode.Full, Token);
        await first.Source.Reached;
        await first.DrainAsync(Token, count: 1);
        var queuedAtStop = first.Queue.Count;
        await first.DisposeAsync();

        var second = world.Start();
        // What the host's start-up asks for when the index is not empty.
        var run = await second.RunAsync(new ReindexRequest(ReindexMode.Incremental, AfterRestart: true), Token);

        Assert.Equal(3, queuedAtStop);
        Assert.Equal(stopped.Run.Id, run.Id);
        Assert.Equal(ReindexMode.Full, run.Mode);
        Assert.Equal(ReindexState.Completed, run.State);
        Assert.Equal((1, 3, 2), (run.Resumed, run.Lost, run.Generation));
        Assert.Equal(3, run.Summary!.Requeued);
        var catalog = await second.Generations.GetCatalogAsync(Token);
        Assert.Equal((2, 1), (catalog.Active, catalog.Previous));
        Assert.Equal(await world.FreshEntriesAsync(Token), await HostInstance.EntriesAsync(second.Index, Token));
    }

    [Fact]
    public async Task StartAsync_LockHeldByAnotherHost_ReturnsItsRunAsAlreadyRunning()
    {
        using var world = new HostWorld();
        for (var i = 1; i <= 4; i++) world.Write(Name(i), Numbered(i));
        var first = world.Start();
        first.Source.HoldAfter = Name(2);
        var enumerating = await first.Reindex.StartAsync(ReindexMode.Full, Token);
        await first.Source.Reached;
        var second = world.Start();

        var answer = await second.Reindex.StartAsync(ReindexMode.Incremental, Token);

        Assert.True(answer.Run.AlreadyRunning);
        Assert.Equal(enumerating.Run.Id, answer.Run.Id);
        Assert.Equal(ReindexMode.Full, answer.Run.Mode);
        Assert.True(answer.Enumeration.IsCompleted);
        Assert.Equal(0, second.Queue.Count);
    }

    [Fact]
    public async Task StartAsync_LockHeldByAnotherHostBeforeItStoredARun_ThrowsBusyUntilReleased()
    {
        using var world = new HostWorld();
        var first = world.Start();
        var held = await first.Services.GetRequiredService<IReindexLock>().TryAcquireAsync(Token);
        var second = world.Start();

        await Assert.ThrowsAsync<ReindexBusyException>(() => second.Reindex.StartAsync(ReindexMode.Incremental, Token));
        await held!.DisposeAsync();
        var after = await second.Reindex.StartAsync(ReindexMode.Incremental, Token);
        await after.Enumeration;

        Assert.False(after.Run.AlreadyRunning);
        Assert.Equal(ReindexState.Completed, (await second.Reindex.GetAsync(after.Run.Id, Token))!.State);
    }
}
