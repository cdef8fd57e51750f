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
        using var world = new ReindexWorld();
        world.AddFile("~$draft.tmp");
        var run = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        var result = await world.Processor.ProcessAsync(world.Queue.Items.Single(), Cancel);

        Assert.Equal(IngestOutcome.Ignored, result.Outcome);
        var after = world.Service.Get(run.Id)!;
        Assert.Equal(1, after.Counts.Unchanged);
        Assert.Equal(ReindexState.Completed, after.State);
    }

    [Fact]
    public async Task ProcessAsync_ItemOfARunThrows_ReportsAFailureAndRethrows()
    {
        using var world = new ReindexWorld();
        world.AddFile("a.txt");
        world.Source.OpenFailure = new IOException("source down");
        var run = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        await Assert.ThrowsAsync<IOException>(() => world.Processor.ProcessAsync(world.Queue.Items.Single(), Cancel));

        var after = world.Service.Get(run.Id)!;
        Assert.Equal(1, after.Counts.Failed);
        Assert.Equal(ReindexState.Running, after.State);
    }

    [Fact]
    public async Task ProcessAsync_ItemWithoutARun_LeavesRunsAlone()
    {
        using var world = new ReindexWorld();
        world.AddFile("~$draft.tmp");
        var run = await world.Service.StartAsync(ReindexMode.Full, Cancel);

        await world.Processor.ProcessAsync(new WorkItem(WorkKind.Ingest, "~$draft.tmp"), Cancel);

        Assert.Equal(0, world.Service.Get(run.Id)!.Counts.Unchanged);
    }
}
