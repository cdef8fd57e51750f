using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Tests.Indexing;

public sealed class GenerationalSearchIndexTests
{
    private readonly MemoryIndexFactory _factory = new();
    private readonly IndexGenerations _generations;

    public GenerationalSearchIndexTests() =>
        _generations = new IndexGenerations(_factory, new InMemoryIndexCatalogStore(), Options.Create(new IndexGenerationOptions { Shared = false }),
            TimeProvider.System, NullLogger<IndexGenerations>.Instance);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private GenerationalSearchIndex CreateSut() => new(_generations);

    [Fact]
    public async Task ReplaceDocumentAsync_NothingBuilding_WritesTheActiveGenerationOnly()
    {
        var sut = CreateSut();

        await sut.ReplaceDocumentAsync("a", Chunks.Of("a"), Cancel);

        Assert.Equal(["a"], _factory.Open(1).DocumentIds);
        Assert.Equal([1], _factory.Existing);
    }

    [Fact]
    public async Task ReplaceDocumentAsync_WhileBuilding_WritesTheActiveAndTheBuildingGeneration()
    {
        var sut = CreateSut();
        await _generations.BeginBuildAsync("run1", Cancel);

        await sut.ReplaceDocumentAsync("a", Chunks.Of("a", "h2"), Cancel);

        Assert.Equal("h2", _factory.Open(1).HashOf("a"));
        Assert.Equal("h2", _factory.Open(2).HashOf("a"));
    }

    [Fact]
    public async Task DeleteDocumentAsync_WhileBuilding_DeletesFromBothGenerations()
    {
        var sut = CreateSut();
        await _generations.BeginBuildAsync("run1", Cancel);
        await sut.ReplaceDocumentAsync("a", Chunks.Of("a"), Cancel);

        await sut.DeleteDocumentAsync("a", Cancel);

        Assert.Empty(_factory.Open(1).DocumentIds);
        Assert.Empty(_factory.Open(2).DocumentIds);
    }

    [Fact]
    public async Task Reads_WhileBuilding_AnswerFromTheActiveGeneration()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("old", Chunks.Of("old", count: 2), Cancel);
        await _generations.BeginBuildAsync("run1", Cancel);
        await _factory.Open(2).ReplaceDocumentAsync("new", Chunks.Of("new", count: 3), Cancel);

        var statistics = await sut.GetStatisticsAsync(Cancel);
        var results = await sut.SearchAsync(new SearchQuery(), Cancel);
        var entries = await sut.ListEntriesAsync(Cancel).ToListAsync(Cancel);
        var chunks = await sut.GetDocumentChunksAsync("new", Cancel);

        Assert.Equal(new IndexStatistics(2, 1), statistics);
        Assert.Equal(2, results.Count);
        Assert.All(entries, e => Assert.Equal("old", e.DocumentId));
        Assert.Empty(chunks);
    }

    [Fact]
    public async Task Reads_AfterTheSwitch_AnswerFromTheNewGeneration()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("old", Chunks.Of("old"), Cancel);
        await _generations.BeginBuildAsync("run1", Cancel);
        await sut.Generation(2).ReplaceDocumentAsync("new", Chunks.Of("new"), Cancel);

        await _generations.SwitchAsync(2, Cancel);

        Assert.Equal(["new"], (await sut.ListEntriesAsync(Cancel).ToListAsync(Cancel)).Select(e => e.DocumentId).Distinct());
    }

    [Fact]
    public async Task Generation_SameContentAsTheActiveGeneration_WritesTheBuildingGenerationOnly()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("a", Chunks.Of("a", "h1"), Cancel);
        await _generations.BeginBuildAsync("run1", Cancel);
        var before = await _factory.Open(1).GetDocumentChunksAsync("a", Cancel);

        await sut.Generation(2).ReplaceDocumentAsync("a", Chunks.Of("a", "h1", count: 2), Cancel);

        Assert.Same(before, await _factory.Open(1).GetDocumentChunksAsync("a", Cancel));
        Assert.Equal(2, (await _factory.Open(2).GetDocumentChunksAsync("a", Cancel)).Count);
    }

    [Fact]
    public async Task Generation_ContentChangedSinceTheActiveGenerationGotIt_WritesTheActiveGenerationToo()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("a", Chunks.Of("a", "h1"), Cancel);
        await _generations.BeginBuildAsync("run1", Cancel);

        await sut.Generation(2).ReplaceDocumentAsync("a", Chunks.Of("a", "h2"), Cancel);
        await sut.Generation(2).ReplaceDocumentAsync("b", Chunks.Of("b", "h1"), Cancel);

        Assert.Equal("h2", _factory.Open(1).HashOf("a"));
        Assert.Equal("h1", _factory.Open(1).HashOf("b"));
        Assert.Equal(["a", "b"], _factory.Open(2).DocumentIds);
    }

    [Fact]
    public async Task Generation_NoLongerBuiltOrActive_WritesTheWritableGenerationsWithoutRecreatingIt()
    {
        var sut = CreateSut();
        await _generations.BeginBuildAsync("run1", Cancel);
        await _generations.BeginBuildAsync("run2", Cancel);

        await sut.Generation(2).ReplaceDocumentAsync("a", Chunks.Of("a"), Cancel);
        await sut.Generation(2).DeleteDocumentAsync("b", Cancel);

        Assert.DoesNotContain(2, _factory.Existing);
        Assert.Equal(["a"], _factory.Open(1).DocumentIds);
        Assert.Equal(["a"], _factory.Open(3).DocumentIds);
    }
}
