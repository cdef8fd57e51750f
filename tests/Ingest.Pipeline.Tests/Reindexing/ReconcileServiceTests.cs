using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class ReconcileServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static (ReindexWorld World, ReconcileService Sut) CreateSut(int pageSize = 2)
    {
        var world = new ReindexWorld(new Dictionary<string, string?> { ["Ingest:Reindex:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return (world, world.First.GetRequiredService<ReconcileService>());
    }

    [Fact]
    public async Task RunAsync_PageSizeFromOptions_ListsPagesOfThatSize()
    {
        var (world, sut) = CreateSut(pageSize: 3);
        using var _ = world;
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt" }) world.AddFile(name);

        var summary = await sut.RunAsync(cancellationToken: Cancel);

        Assert.Equal([3, 3], world.Source.PageSizes);
        Assert.Equal(4, summary.Listed);
        Assert.Equal(4, summary.New);
    }

    [Fact]
    public async Task RunAsync_SeveralPages_CheckpointsAfterEveryPageButTheLast()
    {
        var (world, sut) = CreateSut(pageSize: 2);
        using var _ = world;
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" }) world.AddFile(name);
        var checkpoints = new List<ReindexCheckpoint>();

        var summary = await sut.RunAsync(new ReconcilePlan(ReindexMode.Incremental, "run1"), (checkpoint, _) =>
        {
            checkpoints.Add(checkpoint);
            return Task.CompletedTask;
        }, Cancel);

        Assert.Equal(["b.txt", "d.txt"], checkpoints.Select(c => c.Continuation));
        Assert.Equal([1, 2], checkpoints.Select(c => c.Pages));
        Assert.Equal([2, 4], checkpoints.Select(c => c.SoFar.New));
        Assert.Equal(5, summary.New);
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], world.Queue.Items.Select(i => i.Path));
    }

    [Fact]
    public async Task RunAsync_ResumedFromACheckpoint_EnqueuesOnlyTheLaterPagesAndCountsTheEarlierOnes()
    {
        var (world, sut) = CreateSut(pageSize: 2);
        using var _ = world;
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" }) world.AddFile(name);
        var earlier = new ReindexSummary { Listed = 2, New = 2, Duration = TimeSpan.FromSeconds(3) };

        var summary = await sut.RunAsync(new ReconcilePlan(ReindexMode.Incremental, "run1", ResumeFrom: new ReindexCheckpoint("b.txt", 1, earlier)), checkpoint: null, Cancel);

        Assert.Equal(
            [new WorkItem(WorkKind.Ingest, "c.txt", ReindexId: "run1"), new WorkItem(WorkKind.Ingest, "d.txt", ReindexId: "run1"), new WorkItem(WorkKind.Ingest, "e.txt", ReindexId: "run1")],
            world.Queue.Items);
        Assert.Equal(5, summary.Listed);
        Assert.Equal(5, summary.New);
        Assert.True(summary.Duration >= earlier.Duration);
    }

    [Fact]
    public async Task RunAsync_ResumedFromACheckpoint_RemovesOrphansButNotTheEarlierPagesFiles()
    {
        var (world, sut) = CreateSut(pageSize: 2);
        using var _ = world;
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt" })
        {
            world.AddFile(name);
            world.AddManifest(name);
        }

        world.AddManifest("gone.txt");

        var summary = await sut.RunAsync(
            new ReconcilePlan(ReindexMode.Incremental, "run1", ResumeFrom: new ReindexCheckpoint("b.txt", 1, new ReindexSummary { Listed = 2, Unchanged = 2 })),
            checkpoint: null, Cancel);

        Assert.Equal([new WorkItem(WorkKind.Remove, "gone.txt", ReindexId: "run1")], world.Queue.Items);
        Assert.Equal(1, summary.Orphaned);
        Assert.Equal(4, summary.Unchanged);
    }

    [Fact]
    public async Task RunAsync_Full_ForcesEveryFileIntoThePlansGeneration()
    {
        var (world, sut) = CreateSut(pageSize: 2);
        using var _ = world;
        world.AddFile("a.txt");
        world.AddManifest("a.txt");
        world.AddFile("b.txt");
        world.AddFile("c.txt");

        var summary = await sut.RunAsync(new ReconcilePlan(ReindexMode.Full, "run1", Generation: 4), checkpoint: null, Cancel);

        Assert.Equal(
            ["a.txt", "b.txt", "c.txt"],
            world.Queue.Items.Where(i => i is { Kind: WorkKind.Ingest, Force: true, ReindexId: "run1", Generation: 4 }).Select(i => i.Path));
        Assert.Equal(3, world.Queue.Items.Count);
        Assert.Equal(3, summary.Forced);
        Assert.Equal(0, summary.Unchanged);
    }
}
