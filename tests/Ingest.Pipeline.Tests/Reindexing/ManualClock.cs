namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>A clock that stays where the test puts it.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
