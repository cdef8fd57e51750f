using Ingest.Pipeline.Reindexing;

namespace Ingest.Benchmarks.Reindex;

/// <summary>One <c>ingest reindex</c> invocation: the process as it ran and the run it stored.</summary>
internal sealed record ReindexOutcome(CommandResult Command, ReindexRun Run, string RunJson, string DataPath)
{
    public ReindexSummary Summary => Run.Summary ?? ReindexSummary.Empty;

    /// <summary>The run's own duration, from its record (the process's start-up and shut-down left out).</summary>
    public TimeSpan RunTime => (Run.CompletedAt ?? Run.StartedAt) - Run.StartedAt;

    /// <summary>Fails the benchmark, with everything needed to report the product bug, unless <paramref name="actual"/> is <paramref name="expected"/>.</summary>
    /// <exception cref="InvalidOperationException">It is not.</exception>
    public void Require(string what, int expected, int actual)
    {
        if (expected != actual)
        {
            Fail($"{what}: expected {expected:N0}, got {actual:N0}.");
        }
    }

    /// <exception cref="InvalidOperationException">Always.</exception>
    public void Fail(string problem) =>
        throw new InvalidOperationException(
            $"ingest reindex misbehaved: {problem}\n{Command.Describe()}\n--- run {Run.Id} ---\n{RunJson.TrimEnd()}\nThe data folder is kept at {DataPath}.");
}
