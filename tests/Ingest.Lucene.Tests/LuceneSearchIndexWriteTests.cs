using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Xunit;

namespace Ingest.Lucene.Tests;

public sealed class LuceneSearchIndexWriteTests : IDisposable
{
    private readonly IndexFixture fixture = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task ReplaceDocumentAsync_NewDocument_IsFoundBySearchAtOnce()
    {
        var sut = CreateSut();

        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "推动数字化转型")], Ct);
        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化" }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("doc-a", hit.DocumentId);
        Assert.Equal("doc-a#0", hit.ChunkId);
    }

    [Fact]
    public async Task ReplaceDocumentAsync_FewerChunksThanBefore_DeletesStaleChunks()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "一"), Chunks.Of("doc-a", 1, "二"), Chunks.Of("doc-a", 2, "三")], Ct);
        await sut.ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "四")], Ct);

        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "一", contentHash: "hash-2"), Chunks.Of("doc-a", 1, "二", contentHash: "hash-2")], Ct);

        var entries = await ToListAsync(sut.ListEntriesAsync(Ct));
        Assert.Equal(
            [new IndexEntry("doc-a", "doc-a#0", "hash-2", "v1"), new IndexEntry("doc-a", "doc-a#1", "hash-2", "v1"), new IndexEntry("doc-b", "doc-b#0", "hash-1", "v1")],
            entries.OrderBy(e => e.ChunkId, StringComparer.Ordinal));
        Assert.Equal(new IndexStatistics(3, 2), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task ReplaceDocumentAsync_SameChunksTwice_DoesNotDuplicate()
    {
        var sut = CreateSut();
        IndexedChunk[] chunks = [Chunks.Of("doc-a", 0, "数字化转型"), Chunks.Of("doc-a", 1, "数字经济")];

        await sut.ReplaceDocumentAsync("doc-a", chunks, Ct);
        await sut.ReplaceDocumentAsync("doc-a", chunks, Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字", Mode = SearchMode.Chunks }, Ct);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public async Task ReplaceDocumentAsync_ChunkOfAnotherDocument_Throws()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-b", 0, "文本")], Ct));
    }

    [Fact]
    public async Task ReplaceDocumentAsync_CancelledToken_ThrowsAndWritesNothing()
    {
        var sut = CreateSut();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文本")], cancelled.Token));

        Assert.Equal(new IndexStatistics(0, 0), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task DeleteDocumentAsync_IndexedDocument_RemovesAllItsChunks()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "数字化"), Chunks.Of("doc-a", 1, "数字化")], Ct);
        await sut.ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "数字化")], Ct);

        await sut.DeleteDocumentAsync("doc-a", Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化", Mode = SearchMode.Chunks }, Ct);
        Assert.Equal(["doc-b"], results.Hits.Select(h => h.DocumentId));
        Assert.Empty(await sut.GetDocumentChunksAsync("doc-a", Ct));
        Assert.Equal(new IndexStatistics(1, 1), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task DeleteDocumentAsync_UnknownDocument_DoesNothing()
    {
        var sut = CreateSut();

        await sut.DeleteDocumentAsync("missing", Ct);

        Assert.Equal(new IndexStatistics(0, 0), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task GetDocumentChunksAsync_IndexedDocument_ReturnsChunksInOrdinalOrderWithAllFields()
    {
        var sut = CreateSut();
        var first = Chunks.Of("doc-a", 0, "第一段", title: "標題", language: "zh-Hant", publishedAt: new DateOnly(2024, 3, 1), source: "新华社", places: ["广东", "深圳"], themes: ["digital-economy"]) with
        {
            Section = "一、总体要求",
            Organizations = ["国务院"],
            Works = ["十四五规划"],
            Events = ["进博会"],
            Entities = [new ChunkEntity("place", "廣東", "广东")],
            ChunkThemes = [new ChunkTheme("digital-economy", 0.75)],
        };
        var second = Chunks.Of("doc-a", 1, "第二段");

        await sut.ReplaceDocumentAsync("doc-a", [second, first], Ct);
        var chunks = await sut.GetDocumentChunksAsync("doc-a", Ct);

        Assert.Equal([0, 1], chunks.Select(c => c.Ordinal));
        Assert.Equal(first, chunks[0], ChunkComparer.Instance);
        Assert.Equal(second, chunks[1], ChunkComparer.Instance);
    }

    [Fact]
    public async Task GetStatisticsAsync_SeveralDocuments_CountsChunksAndDocuments()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "一"), Chunks.Of("doc-a", 1, "二")], Ct);
        await sut.ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "三")], Ct);

        Assert.Equal(new IndexStatistics(3, 2), await sut.GetStatisticsAsync(Ct));
    }

    private LuceneSearchIndex CreateSut() => fixture.Open();

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
