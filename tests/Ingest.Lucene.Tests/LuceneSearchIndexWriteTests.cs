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
    public async Task ReplaceDocumentAsync_CancelledToken_ThrowsAndWritesNothing()
    {
        var sut = CreateSut();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文本")], cancelled.Token));

        Assert.Equal(new IndexStatistics(0, 0), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task DeleteDocumentAsync_UnknownDocument_DoesNothing()
    {
        var sut = CreateSut();

        await sut.DeleteDocumentAsync("missing", Ct);

        Assert.Equal(new IndexStatistics(0, 0), await sut.GetStatisticsAsync(Ct));
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
