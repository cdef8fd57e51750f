using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class ReindexRunRecordsTests
{
    private static DateTimeOffset Start => ReindexWorld.Start;

    private readonly ContendedRunStore _store = new();
    private readonly FakeTimeProvider _clock = new(Start);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ReindexRunRecords CreateSut(int keptRuns = 20) => new(_store, new ReindexOptions { KeptRuns = keptRuns }, _clock);

    private static ReindexRun Run(string id, ReindexState state = ReindexState.Running, int minutesAfterStart = 0) => new()
    {
        Id = id, Mode = ReindexMode.Full, State = state, StartedAt = Start.AddMinutes(minutesAfterStart),
    };

    [Fact]
    public async Task UpdateAsync_AnotherWriterGotThereFirst_AppliesTheChangeToTheRunAsStoredNow()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("r1"), Cancel);
        _store.Interruptions = 2;

        var updated = await sut.UpdateAsync("r1", r => r with { VerifyRounds = r.VerifyRounds + 1 }, Cancel);

        Assert.Equal((2, 1), (updated!.Resumed, updated.VerifyRounds));
        Assert.Equal(updated, await sut.GetAsync("r1", Cancel));
    }

    [Fact]
    public async Task UpdateAsync_RunKeepsChanging_ThrowsWithoutWritingTheChange()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("r1"), Cancel);
        _store.Interruptions = int.MaxValue;

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.UpdateAsync("r1", r => r with { VerifyRounds = 1 }, Cancel));

        Assert.Equal(0, (await sut.GetAsync("r1", Cancel))!.VerifyRounds);
    }

    [Fact]
    public async Task UpdateAsync_ChangeReturnsNull_ReturnsTheStoredRunAsItIs()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("r1"), Cancel);
        _store.Interruptions = 1;

        var stored = await sut.UpdateAsync("r1", _ => null, Cancel);

        Assert.Equal(Run("r1"), stored);
    }

    [Fact]
    public async Task UpdateAsync_UnknownRun_ReturnsNull()
    {
        Assert.Null(await CreateSut().UpdateAsync("none", r => r with { VerifyRounds = 1 }, Cancel));
    }

    [Fact]
    public async Task AddAsync_IdTaken_Throws()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("r1"), Cancel);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.AddAsync(Run("r1"), Cancel));
    }

    [Fact]
    public async Task MarkFailedAsync_ActiveRun_FailsItWithTheErrorAndTheTime()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("r1"), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var failed = await sut.MarkFailedAsync("r1", "broken", Cancel);

        Assert.Equal((ReindexState.Failed, "broken", Start.AddMinutes(5)), (failed!.State, failed.Error, failed.CompletedAt));
    }

    [Fact]
    public async Task MarkFailedAsync_RunAlreadyCompleted_LeavesIt()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("r1", ReindexState.Completed), Cancel);

        var stored = await sut.MarkFailedAsync("r1", "too late", Cancel);

        Assert.Equal((ReindexState.Completed, null), (stored!.State, stored.Error));
    }

    [Fact]
    public async Task LatestAsync_SeveralRuns_ReturnsTheLastStarted()
    {
        var sut = CreateSut();
        await sut.AddAsync(Run("older", ReindexState.Completed, minutesAfterStart: 1), Cancel);
        await sut.AddAsync(Run("newest", ReindexState.Completed, minutesAfterStart: 3), Cancel);
        await sut.AddAsync(Run("old", ReindexState.Completed, minutesAfterStart: 2), Cancel);

        Assert.Equal("newest", (await sut.LatestAsync(Cancel))!.Id);
    }

    [Fact]
    public async Task PruneAsync_MoreRunsThanKept_DeletesTheOldestEndedOnesAndKeepsAnActiveOne()
    {
        var sut = CreateSut(keptRuns: 2);
        await sut.AddAsync(Run("oldest-active", ReindexState.Switching, minutesAfterStart: 0), Cancel);
        await sut.AddAsync(Run("old-failed", ReindexState.Failed, minutesAfterStart: 1), Cancel);
        await sut.AddAsync(Run("kept-1", ReindexState.Completed, minutesAfterStart: 2), Cancel);
        await sut.AddAsync(Run("kept-2", ReindexState.Running, minutesAfterStart: 3), Cancel);

        await sut.PruneAsync(Cancel);

        var left = new List<string>();
        await foreach (var run in _store.ListAsync(Cancel))
        {
            left.Add(run.Id);
        }

        Assert.Equal(["kept-1", "kept-2", "oldest-active"], left.Order());
    }
}
