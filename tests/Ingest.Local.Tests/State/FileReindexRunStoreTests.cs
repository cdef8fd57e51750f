using Ingest.Local.State;
using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Tests.State;

public sealed class FileReindexRunStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly DataFolderOptions _data;

    public FileReindexRunStoreTests() => _data = new DataFolderOptions { Path = _folder.Sub("data") };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private FileReindexRunStore CreateSut() => new(Options.Create(_data));

    private static ReindexRun Run(string id, ReindexState state = ReindexState.Running) =>
        new() { Id = id, Mode = ReindexMode.Full, State = state, StartedAt = Start };

    [Fact]
    public async Task TryWriteAsync_NewRun_StoresEveryFieldForAnotherInstanceToRead()
    {
        var run = Run("20261126T090000-abc123") with
        {
            Generation = 3, Resumed = 1, Lost = 2, LastActivityAt = Start.AddMinutes(1),
            Checkpoint = new ReindexCheckpoint("b.txt", 2, new ReindexSummary { Listed = 4, Forced = 4, Duration = TimeSpan.FromSeconds(2) }),
            Summary = new ReindexSummary { Listed = 9, Forced = 8, Orphaned = 1 },
            Counts = new ReindexCounts { Indexed = 5, Removed = 1, Failed = 2 },
        };

        var written = await CreateSut().TryWriteAsync(run, null, Token);
        var read = await CreateSut().GetAsync(run.Id, Token);

        Assert.True(written);
        Assert.NotNull(read);
        Assert.Equal(run, read.Run);
        Assert.False(string.IsNullOrEmpty(read.Version));
    }

    [Fact]
    public async Task TryWriteAsync_CurrentVersion_ReplacesTheRunAndChangesTheVersion()
    {
        var sut = CreateSut();
        await sut.TryWriteAsync(Run("r1"), null, Token);
        var first = (await sut.GetAsync("r1", Token))!;

        var written = await sut.TryWriteAsync(first.Run with { State = ReindexState.Completed }, first.Version, Token);

        var second = (await sut.GetAsync("r1", Token))!;
        Assert.True(written);
        Assert.Equal(ReindexState.Completed, second.Run.State);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public async Task TryWriteAsync_AnotherWriterGotThereFirst_ReturnsFalseAndKeepsItsWrite()
    {
        var sut = CreateSut();
        await sut.TryWriteAsync(Run("r1"), null, Token);
        var seen = (await sut.GetAsync("r1", Token))!;
        await CreateSut().TryWriteAsync(seen.Run with { Resumed = 1 }, seen.Version, Token);

        var stale = await sut.TryWriteAsync(seen.Run with { State = ReindexState.Failed }, seen.Version, Token);
        var again = await sut.TryWriteAsync(Run("r1"), null, Token);

        Assert.False(stale);
        Assert.False(again);
        var stored = (await sut.GetAsync("r1", Token))!.Run;
        Assert.Equal((ReindexState.Running, 1), (stored.State, stored.Resumed));
    }

    [Fact]
    public async Task ListAsync_SeveralRuns_ReturnsEachOnce()
    {
        var sut = CreateSut();
        foreach (var id in new[] { "r1", "r2", "r3" })
        {
            await sut.TryWriteAsync(Run(id), null, Token);
        }

        var listed = await sut.ListAsync(Token).Select(r => r.Id).ToListAsync(Token);

        Assert.Equal(["r1", "r2", "r3"], listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_NothingWrittenYet_IsEmpty()
    {
        Assert.Empty(await CreateSut().ListAsync(Token).ToListAsync(Token));
    }

    [Fact]
    public async Task DeleteAsync_StoredRun_IsGoneAndDeletingAgainIsNotAnError()
    {
        var sut = CreateSut();
        await sut.TryWriteAsync(Run("r1"), null, Token);
        await sut.TryWriteAsync(Run("r2"), null, Token);

        await sut.DeleteAsync("r1", Token);
        await sut.DeleteAsync("r1", Token);

        Assert.Null(await sut.GetAsync("r1", Token));
        Assert.Equal(["r2"], await sut.ListAsync(Token).Select(r => r.Id).ToListAsync(Token));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task GetAndDelete_IdWithPathCharacters_NeverReachOutsideTheFolder(string id)
    {
        var sut = CreateSut();
        await sut.TryWriteAsync(Run("r1"), null, Token);
        Directory.CreateDirectory(Path.Combine(_data.ReindexPath, "a"));
        var outside = Path.Combine(_data.FullPath, "outside.json");
        var inside = Path.Combine(_data.ReindexPath, "a", "b.json");
        foreach (var path in new[] { outside, inside })
        {
            File.Copy(Path.Combine(_data.ReindexPath, "r1.json"), path);
        }

        var found = await sut.GetAsync(id, Token);
        await sut.DeleteAsync(id, Token);

        Assert.Null(found);
        Assert.True(File.Exists(outside));
        Assert.True(File.Exists(inside));
    }

    [Fact]
    public async Task TryWriteAsync_IdWithPathCharacters_ThrowsAndWritesNothing()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.TryWriteAsync(Run("../outside"), null, Token));

        Assert.False(File.Exists(Path.Combine(_data.FullPath, "outside.json")));
        Assert.Empty(await sut.ListAsync(Token).ToListAsync(Token));
    }
}
