using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class WorkItemProcessorProgressTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessAsync_ItemOfARun_ReportsItsOutcomeToTheRun()
    {
        await using var world = new ReindexWorld();
        world.AddFile("~$draft.tmp");
        var start = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await start.Enumeration;

        var result = await world.Processor.ProcessAsync(world.Queue.Items.Single(), Cancel);
        await world.Service.FlushAsync(Cancel);

        Assert.Equal(IngestOutcome.Ignored, result.Outcome);
        var after = (await world.Service.GetAsync(start.Run.Id, Cancel))!;
        Assert.Equal(1, after.Counts.Unchanged);
        Assert.Equal(ReindexState.Completed, after.State);
    }

    [Fact]
    public async Task ProcessAsync_ItemOfARunThrows_ReportsAFailureAndRethrows()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Source.OpenFailure = new IOException("source down");
        var start = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await start.Enumeration;

        await Assert.ThrowsAsync<IOException>(() => world.Processor.ProcessAsync(world.Queue.Items.Single(), Cancel));
        await world.Service.FlushAsync(Cancel);

        var after = (await world.Service.GetAsync(start.Run.Id, Cancel))!;
        Assert.Equal(1, after.Counts.Failed);
        Assert.Equal(ReindexState.Running, after.State);
    }

    [Fact]
    public async Task ProcessAsync_LastAttemptThrows_CountsTheItemAbandonedSoTheRunCompletes()
    {
        await using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Source.OpenFailure = new IOException("source down");
        var start = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await start.Enumeration;

        await Assert.ThrowsAsync<IOException>(() => world.Processor.ProcessAsync(world.Queue.Items.Single(), lastAttempt: true, Cancel));
        await world.Service.FlushAsync(Cancel);

        var after = (await world.Service.GetAsync(start.Run.Id, Cancel))!;
        Assert.Equal((1, 1), (after.Counts.Failed, after.Counts.Abandoned));
        Assert.Equal(ReindexState.Completed, after.State);
    }

    [Fact]
    public async Task ProcessAsync_ItemWithoutARun_LeavesRunsAlone()
    {
        await using var world = new ReindexWorld();
        world.AddFile("~$draft.tmp");
        var start = await world.Service.StartAsync(ReindexMode.Incremental, Cancel);
        await start.Enumeration;

        await world.Processor.ProcessAsync(new WorkItem(WorkKind.Ingest, "~$draft.tmp"), Cancel);
        await world.Service.FlushAsync(Cancel);

        Assert.Equal(0, (await world.Service.GetAsync(start.Run.Id, Cancel))!.Counts.Unchanged);
    }
}
