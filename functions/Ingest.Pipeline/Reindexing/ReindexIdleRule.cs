namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Whether an active run still keeps a new run, or a rollback, from starting. One still enumerating
/// always does. One whose items (or whose check before the switch) went quiet for
/// <see cref="ReindexOptions.IdleLimit"/> is taken for dead: an item that never reports
/// (dead-lettered, or its instance gone) must not block every later run.
/// </summary>
internal static class ReindexIdleRule
{
    public static bool Blocks(ReindexRun run, TimeSpan idleLimit, TimeProvider time) =>
        run.Summary is null || time.GetUtcNow() - (run.LastActivityAt ?? run.StartedAt) < idleLimit;
}
