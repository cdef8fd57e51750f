using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.State;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class ReindexServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_Incremental_EnqueuesOnlyWhatChangedWithTheRunId()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        world.AddFile("b.txt", etag: "new");
        world.AddManifest("b.txt", etag: "old");
        world.AddManifest("gone.txt");

        var run = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);

        Assert.Equal(ReindexState.Running, run.State);
        Assert.Equal(ReindexMode.Incremental, run.Mode);
        Assert.Equal(ReindexWorld.Start, run.StartedAt);
        Assert.NotNull(run.Summary);
        Assert.Equal(1, run.Summary.Unchanged);
        Assert.Equal(2, run.Summary.Enqueued);
        Assert.Equal(
            [new WorkItem(WorkKind.Ingest, "b.txt", ReindexId: run.Id), new WorkItem(WorkKind.Remove, "gone.txt", ReindexId: run.Id)],
            world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_Full_ForcesEveryFileAndRemovesOrphans()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        world.AddFile("b.txt");
        world.AddManifest("gone.txt");
        world.AddManifest("removed.txt", status: ManifestStatus.Removed);

        var run = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        Assert.Equal(
            [
                new WorkItem(WorkKind.Ingest, "a.txt", Force: true, ReindexId: run.Id),
                new WorkItem(WorkKind.Ingest, "b.txt", Force: true, ReindexId: run.Id),
                new WorkItem(WorkKind.Remove, "gone.txt", ReindexId: run.Id),
            ],
            world.Queue.Items);
        Assert.Equal(3, run.Summary!.Enqueued);
        Assert.Equal(2, run.Summary.Listed);
    }

    [Fact]
    public async Task Report_EveryEnqueuedItemDone_CompletesWithCountsByOutcome()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddFile("b.txt");
        world.AddFile("c.txt");
        world.AddManifest("gone.txt");
        var run = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        var service = world.Service;

        service.Report(run.Id, IngestOutcome.Indexed);
        service.Report(run.Id, IngestOutcome.StillQuarantined);
        service.ReportFailure(run.Id);
        service.Report(run.Id, IngestOutcome.Unchanged);
        Assert.Equal(ReindexState.Running, service.Get(run.Id)!.State);
        world.Clock.Now = ReindexWorld.Start.AddMinutes(2);
        service.Report(run.Id, IngestOutcome.Removed);

        var done = service.Get(run.Id)!;
        Assert.Equal(ReindexState.Completed, done.State);
        Assert.Equal(ReindexWorld.Start.AddMinutes(2), done.CompletedAt);
        Assert.Equal(new ReindexCounts { Indexed = 1, Unchanged = 1, Quarantined = 1, Removed = 1, Failed = 1 }, done.Counts);
    }

    [Fact]
    public async Task StartAsync_NothingToDo_CompletesAtOnce()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");

        var run = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);

        Assert.Equal(ReindexState.Completed, run.State);
        Assert.NotNull(run.CompletedAt);
    }

    [Fact]
    public async Task StartAsync_WhileARunIsActive_ReturnsTheActiveRun()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        var first = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        var second = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);

        Assert.True(second.AlreadyRunning);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(ReindexMode.Full, second.Mode);
        Assert.Single(world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_WhileAnotherIsStillEnumerating_ReturnsTheActiveRun()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Queue.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = world.Service.StartAsync(ReindexMode.Full, Cancel);

        var second = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        world.Queue.Gate.SetResult();
        var firstRun = await first;

        Assert.True(second.AlreadyRunning);
        Assert.Null(second.Summary);
        Assert.Equal(firstRun.Id, second.Id);
        Assert.False(firstRun.AlreadyRunning);
    }

    [Fact]
    public async Task StartAsync_AfterTheLastRunCompleted_StartsANewRun()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        var first = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        world.Service.Report(first.Id, IngestOutcome.Indexed);

        var second = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        Assert.False(second.AlreadyRunning);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(ReindexState.Completed, world.Service.Get(first.Id)!.State);
    }

    [Fact]
    public async Task StartAsync_EnumerationFails_RunFailedAndNextStartRuns()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Queue.Gate = new TaskCompletionSource();
        world.Queue.Gate.SetException(new IOException("queue down"));

        await Assert.ThrowsAsync<IOException>(() => world.Service.StartAsync(ReindexMode.Full, Cancel));
        world.Queue.Gate = null;
        var next = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        Assert.False(next.AlreadyRunning);
        Assert.Single(world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_ActiveRunQuietPastTheIdleLimit_StartsANewRun()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        var first = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        world.Clock.Now = ReindexWorld.Start + ReindexService.IdleLimit;

        var second = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        Assert.False(second.AlreadyRunning);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Get_UnknownId_ReturnsNull()
    {
        using var world = new ReindexWorld();

        Assert.Null(world.Service.Get("nope"));
    }

    [Fact]
    public async Task Get_MoreRunsThanKept_ForgetsTheOldest()
    {
        using var world = new ReindexWorld();
        var ids = new List<string>();
        for (var i = 0; i <= ReindexService.KeptRuns; i++)
        {
            ids.Add((await world.Service.StartAsync(ReindexMode.Incremental, Cancel)).Id);
        }

        Assert.Null(world.Service.Get(ids[0]));
        Assert.NotNull(world.Service.Get(ids[1]));
    }
}
