using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Xunit;

namespace Ingest.Lucene.Tests.Storage;

public sealed class LuceneSearchIndexStorageTests : IDisposable
{
    private readonly IndexFixture fixture = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task Dispose_ThenReopen_SeesTheData()
    {
        var sut = CreateSut();
        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "數字化轉型")], Ct);

        sut.Dispose();
        var reopened = CreateSut();

        Assert.False(reopened.RecoveredFromCorruption);
        Assert.Equal(new IndexStatistics(1, 1), await reopened.GetStatisticsAsync(Ct));
        Assert.Single((await reopened.SearchAsync(new SearchQuery { Text = "数字化转型" }, Ct)).Hits);
    }

    [Fact]
    public void Constructor_FolderOpenByAnotherIndex_ThrowsInUse()
    {
        CreateSut();

        var error = Assert.Throws<InvalidOperationException>(() => CreateSut());

        Assert.Contains("in use by another process (write.lock held)", error.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Folder.IndexPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LockFileHeldSharedElsewhere_ThrowsInUse()
    {
        // What Lucene.NET's own NativeFSLockFactory holds on Linux: a shared lock, which a second
        // process using that factory would share instead of being refused.
        System.IO.Directory.CreateDirectory(fixture.Folder.IndexPath);
        using var otherProcess = new FileStream(Path.Combine(fixture.Folder.IndexPath, "write.lock"), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);

        var error = Assert.Throws<InvalidOperationException>(() => CreateSut());

        Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_AfterOtherIndexDisposed_Opens()
    {
        var first = CreateSut();
        await first.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文本")], Ct);
        first.Dispose();

        var sut = CreateSut();

        Assert.Equal(1, (await sut.GetStatisticsAsync(Ct)).Chunks);
    }

    [Fact]
    public async Task Constructor_CorruptCommitPoint_MovesFolderAsideAndStartsEmpty()
    {
        var first = CreateSut();
        await first.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "數字化轉型")], Ct);
        first.Dispose();
        var segmentsFiles = System.IO.Directory.GetFiles(fixture.Folder.IndexPath, "segments_*");
        Assert.NotEmpty(segmentsFiles);
        foreach (var file in segmentsFiles)
        {
            await File.WriteAllBytesAsync(file, [0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05], Ct);
        }

        var sut = CreateSut();

        Assert.True(sut.RecoveredFromCorruption);
        Assert.Equal(new IndexStatistics(0, 0), await sut.GetStatisticsAsync(Ct));
        Assert.True(System.IO.Directory.Exists(fixture.Folder.IndexPath + ".corrupt-20250601T080000Z"));
        await sut.ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "数字化转型")], Ct);
        Assert.Equal(["doc-b"], (await sut.SearchAsync(new SearchQuery { Text = "數字化" }, Ct)).Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Constructor_TruncatedCommitPoint_RecoversToo()
    {
        var first = CreateSut();
        await first.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文本")], Ct);
        first.Dispose();
        foreach (var file in System.IO.Directory.GetFiles(fixture.Folder.IndexPath, "segments_*"))
        {
            await File.WriteAllBytesAsync(file, [0x3F], Ct);
        }

        var sut = CreateSut();

        Assert.True(sut.RecoveredFromCorruption);
        Assert.Equal(new IndexStatistics(0, 0), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task ReplaceDocumentAsync_BeforeCommitDelay_IsSearchableButNotYetCommitted()
    {
        var sut = CreateSut();

        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文本")], Ct);

        Assert.Equal(1, (await sut.GetStatisticsAsync(Ct)).Chunks);
        Assert.Equal(0, CommittedChunks());
    }

    [Fact]
    public async Task ReplaceDocumentAsync_AfterCommitDelay_IsCommittedOnce()
    {
        var sut = CreateSut();
        var before = CommitGeneration();

        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "一")], Ct);
        fixture.Time.Advance(TimeSpan.FromMilliseconds(400));
        await sut.ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "二")], Ct);
        await sut.DeleteDocumentAsync("doc-c", Ct);
        fixture.Time.Advance(TimeSpan.FromMilliseconds(600));

        Assert.Equal(2, CommittedChunks());
        Assert.Equal(before + 1, CommitGeneration());
    }

    [Fact]
    public async Task ReplaceDocumentAsync_WritesKeepComing_CommitsEveryDelay()
    {
        var sut = CreateSut();

        for (var i = 0; i < 5; i++)
        {
            await sut.ReplaceDocumentAsync($"doc-{i}", [Chunks.Of($"doc-{i}", 0, "文本")], Ct);
            fixture.Time.Advance(TimeSpan.FromMilliseconds(300));
        }

        // Commits at 1.0 s (4 writes in) and none since; the fifth write (at 1.2 s) waits for 2.2 s.
        Assert.Equal(4, CommittedChunks());
        fixture.Time.Advance(IndexFixture.CommitDelay);
        Assert.Equal(5, CommittedChunks());
    }

    [Fact]
    public void Methods_AfterDispose_ThrowObjectDisposed()
    {
        var sut = CreateSut();
        sut.Dispose();

        Assert.Throws<ObjectDisposedException>(() => { _ = sut.SearchAsync(new SearchQuery(), Ct); });
        Assert.Throws<ObjectDisposedException>(() => { _ = sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "文本")], Ct); });
        sut.Dispose();
    }

    private LuceneSearchIndex CreateSut() => fixture.Open();

    /// <summary>Chunks in the last commit on disk, as a fresh process would see them.</summary>
    private int CommittedChunks()
    {
        using var directory = FSDirectory.Open(fixture.Folder.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    private long CommitGeneration()
    {
        using var directory = FSDirectory.Open(fixture.Folder.IndexPath);
        return SegmentInfos.GetLastCommitGeneration(directory);
    }
}
