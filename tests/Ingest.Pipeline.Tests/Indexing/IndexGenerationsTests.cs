using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Pipeline.Tests.Indexing;

public sealed class IndexGenerationsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly MemoryIndexFactory _factory = new();
    private readonly FakeTimeProvider _time = new(Start);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IndexGenerations CreateSut(IIndexCatalogStore? store = null, bool shared = false) =>
        new(_factory, store ?? new InMemoryIndexCatalogStore(), Options.Create(new IndexGenerationOptions { Shared = shared }), _time, NullLogger<IndexGenerations>.Instance);

    [Fact]
    public async Task GetCatalogAsync_NothingStored_HasGenerationOneActiveAlone()
    {
        var sut = CreateSut();

        var catalog = await sut.GetCatalogAsync(Cancel);

        Assert.Equal(IndexCatalog.Initial, catalog);
        Assert.Equal([1], catalog.Writable);
    }

    [Fact]
    public async Task BeginBuildAsync_FirstBuild_BuildsGenerationTwoBesideTheActiveOne()
    {
        var store = new InMemoryIndexCatalogStore();
        var sut = CreateSut(store);

        var generation = await sut.BeginBuildAsync("run1", Cancel);

        var stored = (await store.GetAsync(Cancel))!.Catalog;
        Assert.Equal(2, generation);
        Assert.Equal((1, 2, "run1"), (stored.Active, stored.Building, stored.BuildingRunId));
        Assert.Equal([1, 2], stored.Writable);
    }

    [Fact]
    public async Task BeginBuildAsync_UnfinishedBuildLeftBehind_DropsItAndBuildsTheNext()
    {
        var sut = CreateSut();
        await sut.BeginBuildAsync("run1", Cancel);
        await _factory.Open(2).ReplaceDocumentAsync("a", Chunks.Of("a"), Cancel);

        var generation = await sut.BeginBuildAsync("run2", Cancel);

        Assert.Equal(3, generation);
        Assert.Contains(2, _factory.Dropped);
        Assert.DoesNotContain(2, _factory.Existing);
        Assert.Equal("run2", (await sut.GetCatalogAsync(Cancel)).BuildingRunId);
    }

    [Fact]
    public async Task SwitchAsync_BuiltGeneration_ActivatesItAndKeepsThePrevious()
    {
        var sut = CreateSut();
        await sut.BeginBuildAsync("run1", Cancel);
        _time.Advance(TimeSpan.FromMinutes(5));

        var catalog = await sut.SwitchAsync(2, Cancel);

        Assert.Equal(new IndexCatalog { Active = 2, Previous = 1, SwitchedAt = Start.AddMinutes(5) }, catalog);
        Assert.DoesNotContain(1, _factory.Dropped);
    }

    [Fact]
    public async Task SwitchAsync_SecondSwitch_DropsTheGenerationTwoSwitchesAgo()
    {
        var sut = CreateSut();
        await sut.BeginBuildAsync("run1", Cancel);
        await sut.SwitchAsync(2, Cancel);
        _factory.Open(1);
        await sut.BeginBuildAsync("run2", Cancel);

        var catalog = await sut.SwitchAsync(3, Cancel);

        Assert.Equal((3, 2), (catalog.Active, catalog.Previous));
        Assert.Equal([1], _factory.Dropped.Where(g => g == 1));
        Assert.DoesNotContain(1, _factory.Existing);
    }

    [Fact]
    public async Task SwitchAsync_GenerationNotBeingBuilt_RefusesAndLeavesTheCatalog()
    {
        var sut = CreateSut();
        await sut.BeginBuildAsync("run1", Cancel);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SwitchAsync(3, Cancel));

        Assert.Equal(1, (await sut.GetCatalogAsync(Cancel)).Active);
    }

    [Fact]
    public async Task RollbackAsync_AfterASwitch_ReactivatesThePreviousAndKeepsTheOther()
    {
        var sut = CreateSut();
        await sut.BeginBuildAsync("run1", Cancel);
        var switched = await sut.SwitchAsync(2, Cancel);
        _time.Advance(TimeSpan.FromMinutes(1));

        var (before, after) = await sut.RollbackAsync(Cancel);

        Assert.Equal(switched, before);
        Assert.Equal((1, 2, Start.AddMinutes(1)), (after.Active, after.Previous, after.SwitchedAt));
        Assert.Equal([2], _factory.Dropped);
    }

    [Fact]
    public async Task RollbackAsync_Twice_UndoesTheFirst()
    {
        var sut = CreateSut();
        await sut.BeginBuildAsync("run1", Cancel);
        await sut.SwitchAsync(2, Cancel);

        await sut.RollbackAsync(Cancel);
        var (_, after) = await sut.RollbackAsync(Cancel);

        Assert.Equal((2, 1), (after.Active, after.Previous));
    }

    [Fact]
    public async Task RollbackAsync_NeverSwitched_Refuses()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.RollbackAsync(Cancel));
    }

    [Fact]
    public async Task BeginBuildAsync_AnotherInstanceMovesTheCatalogFirst_BuildsOnTopOfItsMove()
    {
        var store = new InMemoryIndexCatalogStore();
        var racing = new RacingCatalogStore(store, async () => await CreateSut(store).BeginBuildAsync("elsewhere", Cancel));
        var sut = CreateSut(racing);

        var generation = await sut.BeginBuildAsync("run1", Cancel);

        var stored = (await store.GetAsync(Cancel))!.Catalog;
        Assert.Equal(3, generation);
        Assert.Equal((3, "run1"), (stored.Building, stored.BuildingRunId));
        Assert.Contains(2, _factory.Dropped);
    }

    [Fact]
    public async Task GetCatalogAsync_Shared_SeesAnotherInstancesSwitchAfterTheRefreshInterval()
    {
        var store = new InMemoryIndexCatalogStore();
        var reader = CreateSut(store, shared: true);
        var writer = CreateSut(store, shared: true);
        await reader.GetCatalogAsync(Cancel);
        await writer.BeginBuildAsync("run1", Cancel);

        var cached = await reader.GetCatalogAsync(Cancel);
        _time.Advance(new IndexGenerationOptions().RefreshInterval);
        var refreshed = await reader.GetCatalogAsync(Cancel);

        Assert.Null(cached.Building);
        Assert.Equal(2, refreshed.Building);
        Assert.Equal(new IndexGenerationOptions().RefreshInterval, reader.PropagationDelay);
    }

    /// <summary>Lets another writer move the catalog once, between this instance's read and its write.</summary>
    private sealed class RacingCatalogStore(IIndexCatalogStore inner, Func<Task> interloper) : IIndexCatalogStore
    {
        private Func<Task>? _interloper = interloper;

        public Task<IndexCatalogEntry?> GetAsync(CancellationToken cancellationToken = default) => inner.GetAsync(cancellationToken);

        public async Task<bool> TryWriteAsync(IndexCatalog catalog, string? expectedVersion, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _interloper, null) is { } move)
            {
                await move();
            }

            return await inner.TryWriteAsync(catalog, expectedVersion, cancellationToken);
        }
    }
}
