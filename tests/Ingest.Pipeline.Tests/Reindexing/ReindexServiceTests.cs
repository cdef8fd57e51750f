using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class ReindexServiceTests
{
    private static readonly TimeSpan IdleLimit = new ReindexOptions().IdleLimit;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<ReindexRun> StartAndEnumerateAsync(ReindexService service, ReindexRequest request)
    {
        var start = await service.StartAsync(request, Cancel);
        await start.Enumeration;
        return (await service.GetAsync(start.Run.Id, Cancel))!;
    }

    private static Task<ReindexRun> StartAndEnumerateAsync(ReindexService service, ReindexMode mode) => StartAndEnumerateAsync(service, new ReindexRequest(mode));

    /// <summary>Holds the enumeration before the page after <paramref name="token"/> until cancelled; completes the returned task when it gets there.</summary>
    private static Task HoldBeforePage(ReindexWorld world, string token)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Source.BeforePage = async (continuation, cancellationToken) =>
        {
            if (continuation == token)
            {
                reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        };
        return reached.Task;
    }

    /// <summary>Indexed files, a full run over them worked through a minute later, flushed and finished (switched or not).</summary>
    private static async Task<ReindexRun> FullRunWorkedThroughAsync(ReindexWorld world, params string[] files)
    {
        foreach (var file in files)
        {
            world.AddFile(file);
            world.AddManifest(file);
        }

        var run = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);
        await world.WorkAllAsync(world.Service);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Service.FlushAsync(Cancel);
        return await ReindexWorld.WaitForAsync(world.Service, run.Id, r => !r.IsActive);
    }

    private static ReindexWorld PagedWorld(int pageSize = 2, params string[] files)
    {
        var world = new ReindexWorld(new Dictionary<string, string?> { ["Ingest:Reindex:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        foreach (var file in files)
        {
            world.AddFile(file);
        }

        return world;
    }

    [Fact]
    public async Task StartAsync_Incremental_EnqueuesOnlyWhatChangedWithTheRunId()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        world.AddFile("b.txt", etag: "new");
        world.AddManifest("b.txt", etag: "old");
        world.AddManifest("gone.txt");

        var start = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await start.Enumeration;
        var run = (await world.Service.GetAsync(start.Run.Id, Cancel))!;

        Assert.False(start.Run.AlreadyRunning);
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
    public async Task StartAsync_Full_ForcesEveryFileIntoANewGenerationAndRemovesOrphans()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        world.AddFile("b.txt");
        world.AddManifest("gone.txt");
        world.AddManifest("removed.txt", status: ManifestStatus.Removed);

        var run = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);

        Assert.Equal(2, run.Generation);
        Assert.Equal(
            [
                new WorkItem(WorkKind.Ingest, "a.txt", Force: true, ReindexId: run.Id, Generation: 2),
                new WorkItem(WorkKind.Ingest, "b.txt", Force: true, ReindexId: run.Id, Generation: 2),
                new WorkItem(WorkKind.Remove, "gone.txt", ReindexId: run.Id),
            ],
            world.Queue.Items);
        Assert.Equal(3, run.Summary!.Enqueued);
        Assert.Equal(2, run.Summary.Listed);
        var catalog = await world.Generations.GetCatalogAsync(Cancel);
        Assert.Equal((1, 2, run.Id), (catalog.Active, catalog.Building, catalog.BuildingRunId));
    }

    [Fact]
    public async Task FlushAsync_EveryEnqueuedItemDone_CompletesWithCountsByOutcome()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddFile("b.txt");
        world.AddFile("c.txt");
        world.AddManifest("gone.txt");
        var run = await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental);
        var service = world.Service;

        service.Report(run.Id, IngestOutcome.Indexed);
        service.Report(run.Id, IngestOutcome.StillQuarantined);
        service.ReportFailure(run.Id);
        service.Report(run.Id, IngestOutcome.Unchanged);
        var unflushed = (await service.GetAsync(run.Id, Cancel))!;
        await service.FlushAsync(Cancel);
        var flushed = (await service.GetAsync(run.Id, Cancel))!;
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        service.Report(run.Id, IngestOutcome.Removed);
        await service.FlushAsync(Cancel);

        var done = (await service.GetAsync(run.Id, Cancel))!;
        Assert.Equal(ReindexCounts.None, unflushed.Counts);
        Assert.Equal(ReindexState.Running, flushed.State);
        Assert.Equal(3, flushed.Counts.Done);
        Assert.Equal(ReindexState.Completed, done.State);
        Assert.Equal(ReindexWorld.Start.AddMinutes(2), done.CompletedAt);
        Assert.Equal(new ReindexCounts { Indexed = 1, Unchanged = 1, Quarantined = 1, Removed = 1, Failed = 1 }, done.Counts);
    }

    [Fact]
    public async Task StartAsync_NothingToDo_CompletesOnceEnumerated()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");

        var run = await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental);

        Assert.Equal(ReindexState.Completed, run.State);
        Assert.NotNull(run.CompletedAt);
    }

    [Fact]
    public async Task StartAsync_PollThatFindsNothingToDo_KeepsNoRun()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        var earlier = await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental);
        world.Clock.Advance(TimeSpan.FromSeconds(1));

        var poll = await world.Service.StartAsync(new ReindexRequest(Poll: true), Cancel);
        await poll.Enumeration;

        Assert.Null(await world.Service.GetAsync(poll.Run.Id, Cancel));
        Assert.Equal(earlier.Id, (await world.Service.LatestAsync(Cancel))!.Id);
    }

    [Fact]
    public async Task StartAsync_PollThatFindsAChange_KeepsItsRunLikeAnyOther()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");

        var poll = await StartAndEnumerateAsync(world.Service, new ReindexRequest(Poll: true));

        Assert.Equal(1, poll.Summary!.New);
        Assert.Equal([new WorkItem(WorkKind.Ingest, "a.txt", ReindexId: poll.Id)], world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_WhileARunIsActive_ReturnsTheActiveRun()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        var first = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);

        var second = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);

        Assert.True(second.Run.AlreadyRunning);
        Assert.True(second.Enumeration.IsCompleted);
        Assert.Equal(first.Id, second.Run.Id);
        Assert.Equal(ReindexMode.Full, second.Run.Mode);
        Assert.Single(world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_WhileAnotherIsStillEnumerating_ReturnsTheActiveRunOnEveryInstance()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Queue.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        var second = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        var elsewhere = await world.Instance().GetRequiredService<ReindexService>().StartAsync(ReindexMode.Incremental, Cancel);
        world.Queue.Gate.SetResult();
        await first.Enumeration;

        Assert.False(first.Run.AlreadyRunning);
        Assert.All([second.Run, elsewhere.Run], run =>
        {
            Assert.True(run.AlreadyRunning);
            Assert.Null(run.Summary);
            Assert.Equal(first.Run.Id, run.Id);
        });
        Assert.Single(world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_AfterTheLastRunCompleted_StartsANewRun()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        var first = await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental);
        world.Service.Report(first.Id, IngestOutcome.Indexed);
        await world.Service.FlushAsync(Cancel);

        var second = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);

        Assert.False(second.Run.AlreadyRunning);
        Assert.NotEqual(first.Id, second.Run.Id);
        Assert.Equal(ReindexState.Completed, (await world.Service.GetAsync(first.Id, Cancel))!.State);
    }

    [Fact]
    public async Task StartAsync_EnumerationFails_FailsTheRunAndTheNextStartBuildsAfresh()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Queue.Gate = new TaskCompletionSource();
        world.Queue.Gate.SetException(new IOException("queue down"));

        var failed = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);
        var catalogAfterFailure = await world.Generations.GetCatalogAsync(Cancel);
        world.Queue.Gate = null;
        var next = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);

        Assert.Equal(ReindexState.Failed, failed.State);
        Assert.Contains("queue down", failed.Error, StringComparison.Ordinal);
        Assert.Null(catalogAfterFailure.Building);
        Assert.False(next.AlreadyRunning);
        Assert.NotEqual(failed.Id, next.Id);
        // The failed run's generation was abandoned and dropped, so the next run builds its number afresh.
        Assert.Equal(2, next.Generation);
        Assert.Contains(2, world.Indexes.Dropped);
        Assert.Equal([new WorkItem(WorkKind.Ingest, "a.txt", Force: true, ReindexId: next.Id, Generation: 2)], world.Queue.Items);
    }

    [Fact]
    public async Task StartAsync_IncrementalRunQuietPastTheIdleLimit_FailsItAndStartsANewRun()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        var first = await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental);
        var early = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        world.Clock.Advance(IdleLimit);

        var second = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);

        Assert.True(early.Run.AlreadyRunning);
        Assert.False(second.Run.AlreadyRunning);
        Assert.NotEqual(first.Id, second.Run.Id);
        var closed = (await world.Service.GetAsync(first.Id, Cancel))!;
        Assert.Equal(ReindexState.Failed, closed.State);
        Assert.NotNull(closed.Error);
    }

    [Fact]
    public async Task StartAsync_FullRunQuietPastTheIdleLimit_ResumesItAndRedoesWhatItsGenerationMisses()
    {
        await using var world = new ReindexWorld();
        foreach (var file in new[] { "a.txt", "b.txt" })
        {
            world.AddFile(file);
            world.AddManifest(file);
        }

        var first = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);
        var items = world.Queue.Take();
        await world.WorkAsync(items[0], world.Service);
        await world.Service.FlushAsync(Cancel);
        world.Clock.Advance(IdleLimit);

        var resumed = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        await resumed.Enumeration;

        var requeued = (await world.Service.GetAsync(first.Id, Cancel))!;
        Assert.Equal(first.Id, resumed.Run.Id);
        Assert.False(resumed.Run.AlreadyRunning);
        Assert.Equal((1, 1, 1, 1), (requeued.Resumed, requeued.Lost, requeued.VerifyRounds, requeued.Summary!.Requeued));
        Assert.Equal(ReindexState.Running, requeued.State);
        Assert.Equal([new WorkItem(WorkKind.Ingest, "b.txt", Force: true, ReindexId: first.Id, Generation: 2)], world.Queue.Items);

        await world.WorkAllAsync(world.Service);
        await world.Service.FlushAsync(Cancel);
        var done = await ReindexWorld.WaitForAsync(world.Service, first.Id, r => !r.IsActive);

        Assert.Equal(ReindexState.Completed, done.State);
        Assert.Equal(2, (await world.Generations.GetCatalogAsync(Cancel)).Active);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await using var world = new ReindexWorld();

        Assert.Null(await world.Service.GetAsync("nope", Cancel));
    }

    [Fact]
    public async Task StartAsync_MoreRunsThanKept_PrunesTheOldest()
    {
        await using var world = new ReindexWorld(new Dictionary<string, string?> { ["Ingest:Reindex:KeptRuns"] = "3" });
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental)).Id);
            world.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(await world.Service.GetAsync(ids[0], Cancel));
        Assert.NotNull(await world.Service.GetAsync(ids[1], Cancel));
        Assert.Equal(ids[3], (await world.Service.LatestAsync(Cancel))!.Id);
    }

    [Fact]
    public async Task StartAsync_AfterTheEnumeratingInstanceWasDisposed_ResumesFromTheCheckpoint()
    {
        await using var world = PagedWorld(2, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        var reached = HoldBeforePage(world, "b.txt");
        var first = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await reached;

        await world.First.DisposeAsync();
        await first.Enumeration;
        var other = world.Instance().GetRequiredService<ReindexService>();
        var interrupted = (await other.GetAsync(first.Run.Id, Cancel))!;
        world.Source.BeforePage = null;
        var resumed = await other.StartAsync(ReindexMode.Incremental, Cancel);
        await resumed.Enumeration;

        Assert.Equal(ReindexState.Running, interrupted.State);
        Assert.Null(interrupted.Summary);
        Assert.Equal(("b.txt", 1), (interrupted.Checkpoint!.Continuation, interrupted.Checkpoint.Pages));
        Assert.Equal(first.Run.Id, resumed.Run.Id);
        Assert.False(resumed.Run.AlreadyRunning);
        var run = (await other.GetAsync(first.Run.Id, Cancel))!;
        Assert.Equal(1, run.Resumed);
        Assert.Equal(0, run.Lost);
        Assert.Equal(5, run.Summary!.New);
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], world.Queue.Items.Select(i => i.Path));
    }

    [Fact]
    public async Task StartAsync_LockLostWhileEnumerating_StopsAtTheCheckpointAndTheNextStartResumes()
    {
        await using var world = PagedWorld(2, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        var reached = HoldBeforePage(world, "b.txt");
        var first = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await reached;

        world.Lock.LoseHeld();
        await first.Enumeration;
        var stopped = (await world.Service.GetAsync(first.Run.Id, Cancel))!;
        world.Source.BeforePage = null;
        var resumed = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await resumed.Enumeration;

        Assert.Equal((ReindexState.Running, (ReindexSummary?)null), (stopped.State, stopped.Summary));
        Assert.Equal(first.Run.Id, resumed.Run.Id);
        var run = (await world.Service.GetAsync(first.Run.Id, Cancel))!;
        Assert.Equal((1, 5), (run.Resumed, run.Summary!.New));
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], world.Queue.Items.Select(i => i.Path));
    }

    [Fact]
    public async Task DisposeAsync_WhileEnumerating_ReturnsOnceTheEnumerationStoppedAndReleasedTheLock()
    {
        await using var world = PagedWorld(2, "a.txt", "b.txt", "c.txt");
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Source.BeforePage = async (continuation, cancellationToken) =>
        {
            if (continuation == "b.txt")
            {
                reached.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // A listing request still in flight when the host stops.
                    await Task.Delay(100, CancellationToken.None);
                    throw;
                }
            }
        };
        var first = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await reached.Task;

        await world.First.DisposeAsync();

        Assert.True(first.Enumeration.IsCompleted);
        await using var held = await world.Lock.TryAcquireAsync(Cancel);
        Assert.NotNull(held);
    }

    [Fact]
    public async Task StartAsync_AfterRestartWithAnIncrementalRunCutOff_ReplacesItWithARunFromTheStart()
    {
        await using var world = PagedWorld(2, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        var reached = HoldBeforePage(world, "b.txt");
        var first = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await reached;
        await world.First.DisposeAsync();
        world.Queue.Take();
        world.Source.BeforePage = null;

        var restarted = world.Instance().GetRequiredService<ReindexService>();
        var next = await StartAndEnumerateAsync(restarted, new ReindexRequest(AfterRestart: true));

        Assert.NotEqual(first.Run.Id, next.Id);
        Assert.Equal(ReindexState.Failed, (await restarted.GetAsync(first.Run.Id, Cancel))!.State);
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], world.Queue.Items.Select(i => i.Path));
    }

    [Fact]
    public async Task StartAsync_AfterRestartWithAFullRunCutOff_ResumesItAndSwitchesOnceTheLostItemsAreRedone()
    {
        await using var world = PagedWorld(2);
        foreach (var file in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" })
        {
            world.AddFile(file);
            world.AddManifest(file);
        }

        var reached = HoldBeforePage(world, "b.txt");
        var first = await world.Service.StartAsync(ReindexMode.Full, Cancel);
        await reached;
        await world.WorkAsync(world.Queue.Take()[0], world.Service);
        // The host stops: what it counted is stored, and the item still queued in its memory (b.txt) is gone.
        await world.First.DisposeAsync();
        world.Source.BeforePage = null;

        var restarted = world.Instance().GetRequiredService<ReindexService>();
        var resumed = await StartAndEnumerateAsync(restarted, new ReindexRequest(ReindexMode.Incremental, AfterRestart: true));
        var afterResume = world.Queue.Items;
        await world.WorkAllAsync(restarted);
        await restarted.FlushAsync(Cancel);
        await ReindexWorld.WaitForAsync(restarted, resumed.Id, r => r.VerifyRounds == 1 && r.State == ReindexState.Running);
        var requeued = await WaitForItemsAsync(world.Queue);
        await world.WorkAllAsync(restarted);
        await restarted.FlushAsync(Cancel);
        var done = await ReindexWorld.WaitForAsync(restarted, resumed.Id, r => !r.IsActive);

        Assert.Equal(first.Run.Id, resumed.Id);
        Assert.Equal(ReindexMode.Full, resumed.Mode);
        Assert.Equal((1, 1, 2), (resumed.Resumed, resumed.Lost, resumed.Generation));
        Assert.Equal(["c.txt", "d.txt", "e.txt"], afterResume.Select(i => i.Path));
        Assert.All(afterResume, i => Assert.Equal(2, i.Generation));
        Assert.Equal([new WorkItem(WorkKind.Ingest, "b.txt", Force: true, ReindexId: resumed.Id, Generation: 2)], requeued);
        Assert.Equal(ReindexState.Completed, done.State);
        Assert.Equal(2, (await world.Catalog.GetAsync(Cancel))!.Catalog.Active);
        Assert.Equal(5, world.Indexes.Open(2).DocumentIds.Count);
    }

    [Fact]
    public async Task FlushAsync_FullRunItemsDone_SwitchesToTheNewGenerationAndKeepsTheOld()
    {
        await using var world = new ReindexWorld();
        var done = await FullRunWorkedThroughAsync(world, "a.txt", "b.txt");

        var catalog = await world.Generations.GetCatalogAsync(Cancel);
        Assert.Equal(ReindexState.Completed, done.State);
        Assert.Equal(0, done.VerifyRounds);
        Assert.Equal((2, 1, (int?)null), (catalog.Active, catalog.Previous, catalog.Building));
        Assert.Equal(ReindexWorld.Start.AddMinutes(1), catalog.SwitchedAt);
        Assert.DoesNotContain(1, world.Indexes.Dropped);
        Assert.Equal(["a-txt", "b-txt"], world.Indexes.Open(2).DocumentIds);
    }

    [Fact]
    public async Task FlushAsync_NewGenerationMissesAnIndexedDocument_ReenqueuesItBeforeSwitching()
    {
        await using var world = new ReindexWorld();
        foreach (var file in new[] { "a.txt", "b.txt" })
        {
            world.AddFile(file);
            world.AddManifest(file);
        }

        var run = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);
        var items = world.Queue.Take();
        await world.WorkAsync(items[0], world.Service);
        // b.txt's item reports, but what it wrote never reached the new generation.
        world.Service.Report(run.Id, IngestOutcome.Indexed);
        await world.Service.FlushAsync(Cancel);
        var checking = await ReindexWorld.WaitForAsync(world.Service, run.Id, r => r.VerifyRounds == 1);
        var requeued = await WaitForItemsAsync(world.Queue);
        var before = await world.Generations.GetCatalogAsync(Cancel);
        await world.WorkAllAsync(world.Service);
        await world.Service.FlushAsync(Cancel);
        var done = await ReindexWorld.WaitForAsync(world.Service, run.Id, r => !r.IsActive);

        Assert.Equal(ReindexState.Running, checking.State);
        Assert.Equal(1, checking.Summary!.Requeued);
        Assert.Equal([new WorkItem(WorkKind.Ingest, "b.txt", Force: true, ReindexId: run.Id, Generation: 2)], requeued);
        Assert.Equal(1, before.Active);
        Assert.Equal(ReindexState.Completed, done.State);
        Assert.Equal(2, (await world.Generations.GetCatalogAsync(Cancel)).Active);
    }

    [Fact]
    public async Task FlushAsync_GenerationStillMissingAfterTheLastCheck_FailsAndKeepsTheActiveGeneration()
    {
        await using var world = new ReindexWorld(new Dictionary<string, string?> { ["Ingest:Reindex:MaxVerifyRounds"] = "0" });
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        var run = await StartAndEnumerateAsync(world.Service, ReindexMode.Full);
        world.Service.Report(run.Id, IngestOutcome.Indexed);

        await world.Service.FlushAsync(Cancel);
        var failed = await ReindexWorld.WaitForAsync(world.Service, run.Id, r => !r.IsActive);

        Assert.Equal(ReindexState.Failed, failed.State);
        Assert.Contains("a.txt", failed.Error, StringComparison.Ordinal);
        var catalog = await world.Generations.GetCatalogAsync(Cancel);
        Assert.Equal((1, (int?)null), (catalog.Active, catalog.Building));
        // The manifest says a.txt is indexed, but the active generation does not hold it as recorded: it is ingested again, there.
        Assert.Contains(new WorkItem(WorkKind.Ingest, "a.txt", Force: true), world.Queue.Items);
    }

    [Fact]
    public async Task RollbackAsync_AfterASwitch_ReactivatesThePreviousAndReenqueuesDocumentsChangedSince()
    {
        await using var world = new ReindexWorld();
        await FullRunWorkedThroughAsync(world, "a.txt", "b.txt");
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        world.AddManifest("c.txt", updatedAt: world.Clock.GetUtcNow());
        world.AddManifest("d.txt", status: ManifestStatus.Removed, updatedAt: world.Clock.GetUtcNow());

        var rollback = await world.Service.RollbackAsync(Cancel);
        var requeued = world.Queue.Take();
        var undo = await world.Service.RollbackAsync(Cancel);

        Assert.Equal(new IndexRollback(Active: 1, Previous: 2, Requeued: 2), rollback);
        Assert.Equal([new WorkItem(WorkKind.Ingest, "c.txt", Force: true), new WorkItem(WorkKind.Remove, "d.txt")], requeued);
        Assert.Equal((2, 1), (undo.Active, undo.Previous));
        Assert.Equal(1, (await world.Generations.GetCatalogAsync(Cancel)).Previous);
    }

    [Fact]
    public async Task RollbackAsync_NoSwitchYet_Refuses()
    {
        await using var world = new ReindexWorld();

        await Assert.ThrowsAsync<InvalidOperationException>(() => world.Service.RollbackAsync(Cancel));
        Assert.Equal(IndexCatalog.Initial, await world.Generations.GetCatalogAsync(Cancel));
    }

    [Fact]
    public async Task RollbackAsync_WhileARunIsActive_Refuses()
    {
        await using var world = new ReindexWorld();
        await world.Generations.BeginBuildAsync("earlier", Cancel);
        await world.Generations.SwitchAsync(2, Cancel);
        world.AddFile("a.txt");
        await StartAndEnumerateAsync(world.Service, ReindexMode.Incremental);

        await Assert.ThrowsAsync<InvalidOperationException>(() => world.Service.RollbackAsync(Cancel));
        Assert.Equal(2, (await world.Generations.GetCatalogAsync(Cancel)).Active);
    }

    private static async Task<List<WorkItem>> WaitForItemsAsync(RecordingQueue queue)
    {
        for (var round = 0; round < 500 && queue.Items.Count == 0; round++)
        {
            await Task.Delay(10, Cancel);
        }

        return queue.Items;
    }
}
