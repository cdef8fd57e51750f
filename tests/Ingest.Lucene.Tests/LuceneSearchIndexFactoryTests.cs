using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Ingest.Lucene.Tests;

public sealed class LuceneSearchIndexFactoryTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<LuceneSearchIndexFactory> created = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var factory in created)
        {
            factory.Dispose();
        }

        folder.Dispose();
    }

    private LuceneSearchIndexFactory CreateSut()
    {
        var factory = new LuceneSearchIndexFactory(
            Options.Create(new LuceneIndexOptions { IndexPath = folder.IndexPath, CommitDelay = TimeSpan.FromSeconds(1) }),
            new FakeTimeProvider(),
            NullLogger<LuceneSearchIndex>.Instance);
        created.Add(factory);
        return factory;
    }

    [Fact]
    public void Open_SameGenerationTwice_ReturnsTheSameIndex()
    {
        var sut = CreateSut();

        Assert.Same(sut.Open(1), sut.Open(1));
        Assert.Equal(Path.Combine(folder.IndexPath, "gen-1"), sut.PathOf(1));
    }

    [Fact]
    public async Task Open_TwoGenerations_KeepsTheirDocumentsApartInTheirOwnFolders()
    {
        var sut = CreateSut();

        await sut.Open(1).ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "旧文章")], Ct);
        await sut.Open(2).ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "新文章"), Chunks.Of("doc-b", 1, "新文章二")], Ct);

        Assert.Equal(new IndexStatistics(1, 1), await sut.Open(1).GetStatisticsAsync(Ct));
        Assert.Equal(new IndexStatistics(2, 1), await sut.Open(2).GetStatisticsAsync(Ct));
        Assert.Equal(["gen-1", "gen-2"], Directory.EnumerateDirectories(folder.IndexPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Open_FirstGenerationOfAnIndexWrittenBeforeGenerations_KeepsItsDocuments()
    {
        // An index as it was laid out before generations: Lucene's files directly in the index folder.
        var unversioned = new LuceneSearchIndex(Options.Create(new LuceneIndexOptions { IndexPath = folder.IndexPath }), new FakeTimeProvider(),
            NullLogger<LuceneSearchIndex>.Instance);
        await unversioned.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "升级前的文章")], Ct);
        unversioned.Dispose();
        var sut = CreateSut();

        var statistics = await sut.Open(1).GetStatisticsAsync(Ct);

        Assert.Equal(new IndexStatistics(1, 1), statistics);
        Assert.Empty(Directory.EnumerateFiles(folder.IndexPath));
        Assert.Contains(Directory.EnumerateFiles(sut.PathOf(1)), f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DropAsync_OpenGeneration_ClosesItAndDeletesItsFolder()
    {
        var sut = CreateSut();
        await sut.Open(2).ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文章")], Ct);

        await sut.DropAsync(2, Ct);

        Assert.False(Directory.Exists(sut.PathOf(2)));
        Assert.Equal(new IndexStatistics(0, 0), await sut.Open(2).GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task DropAsync_GenerationThatDoesNotExist_IsNotAnError()
    {
        var sut = CreateSut();

        await sut.DropAsync(7, Ct);

        Assert.False(Directory.Exists(sut.PathOf(7)));
    }

    [Fact]
    public async Task Dispose_ThenAnotherFactory_OpensTheSameGenerationWithItsData()
    {
        var first = CreateSut();
        await first.Open(3).ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文章")], Ct);

        first.Dispose();
        var second = CreateSut();

        Assert.Equal(new IndexStatistics(1, 1), await second.Open(3).GetStatisticsAsync(Ct));
        Assert.Throws<ObjectDisposedException>(() => first.Open(3));
    }

    [Fact]
    public void Open_GenerationHeldByAnotherFactory_FailsUntilItIsReleased()
    {
        var holder = CreateSut();
        holder.Open(1);
        var sut = CreateSut();

        Assert.Throws<InvalidOperationException>(() => sut.Open(1));
        holder.Dispose();

        Assert.NotNull(sut.Open(1));
    }

    [Fact]
    public void PathOf_GenerationBelowOne_Throws()
    {
        var sut = CreateSut();

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.PathOf(0));
    }
}
