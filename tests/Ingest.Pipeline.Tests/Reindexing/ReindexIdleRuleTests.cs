using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class ReindexIdleRuleTests
{
    private static DateTimeOffset Start => ReindexWorld.Start;
    private static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _clock = new(Start);

    private static ReindexRun Run(ReindexSummary? summary, DateTimeOffset? lastActivityAt = null) => new()
    {
        Id = "r1", Mode = ReindexMode.Incremental, State = ReindexState.Running, StartedAt = Start, Summary = summary, LastActivityAt = lastActivityAt,
    };

    [Fact]
    public void Blocks_StillEnumerating_BlocksHoweverLongItWasQuiet()
    {
        _clock.Advance(IdleLimit * 3);

        Assert.True(ReindexIdleRule.Blocks(Run(summary: null), IdleLimit, _clock));
    }

    [Fact]
    public void Blocks_EnumeratedAndAnItemReportedWithinTheIdleLimit_Blocks()
    {
        _clock.Advance(IdleLimit * 2);

        Assert.True(ReindexIdleRule.Blocks(Run(ReindexSummary.Empty, lastActivityAt: Start + IdleLimit * 1.5), IdleLimit, _clock));
    }

    [Fact]
    public void Blocks_EnumeratedAndQuietForTheIdleLimit_DoesNotBlock()
    {
        _clock.Advance(IdleLimit);

        Assert.False(ReindexIdleRule.Blocks(Run(ReindexSummary.Empty), IdleLimit, _clock));
    }
}
