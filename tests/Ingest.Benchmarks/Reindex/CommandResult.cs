namespace Ingest.Benchmarks.Reindex;

/// <summary>How one run of the <c>ingest</c> command ended, and how long it took from start to exit.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, TimeSpan Elapsed, string Output, string Error)
{
    /// <summary>The command, its exit code and everything it printed, for a failure message.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s.\n--- stdout ---\n{Output.TrimEnd()}\n--- stderr ---\n{Error.TrimEnd()}";
}
