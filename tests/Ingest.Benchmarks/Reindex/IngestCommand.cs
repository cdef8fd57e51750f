using System.Diagnostics;
using System.Text;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Benchmarks.Reindex;

/// <summary>
/// Runs the real <c>ingest</c> command as a child process, <c>dotnet ingest.dll ...</c>, the way a
/// user runs it. The benchmark project references Ingest.Cli, so building the benchmark builds the
/// command in the same configuration and copies <c>ingest.dll</c> with its runtimeconfig, deps file
/// and the tagging resources into this output folder: the command measured is the one built with
/// the benchmark, never a stale build lying elsewhere.
/// </summary>
internal sealed class IngestCommand(string assemblyPath)
{
    /// <summary>The setting that replaces the default taxonomy, as an environment variable.</summary>
    public const string TaxonomyVariable = "Ingest__Tagging__TaxonomyPath";

    public string AssemblyPath { get; } = assemblyPath;

    /// <exception cref="FileNotFoundException">The command was not built beside the benchmark.</exception>
    public static IngestCommand Locate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ingest.dll");
        return File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json"))
            ? new IngestCommand(path)
            : throw new FileNotFoundException($"ingest.dll and its runtimeconfig are not beside the benchmark in {AppContext.BaseDirectory}; build tests/Ingest.Benchmarks.", path);
    }

    /// <summary>
    /// Runs <c>dotnet ingest.dll ARGS</c> with the taxonomy setting set to <paramref name="taxonomyPath"/>,
    /// or removed when it is null (so that a value in the benchmark's own environment does not leak in).
    /// </summary>
    public async Task<CommandResult> RunAsync(IReadOnlyList<string> arguments, string? taxonomyPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove(TaxonomyVariable);
        if (taxonomyPath is not null)
        {
            start.Environment[TaxonomyVariable] = taxonomyPath;
        }

        var commandLine = (taxonomyPath is null ? string.Empty : $"{TaxonomyVariable}={taxonomyPath} ") + $"dotnet {AssemblyPath} {string.Join(' ', arguments)}";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"`{commandLine}` did not start.");
        // Both streams are drained while the command runs, so that a full pipe never blocks it.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        watch.Stop();
        return new CommandResult(commandLine, process.ExitCode, watch.Elapsed, await output, await error);
    }

    /// <summary>
    /// Runs <c>ingest reindex</c> on <paramref name="data"/> and reads the one run record it stored.
    /// </summary>
    /// <exception cref="InvalidOperationException">It did not exit with 0, did not store exactly one new run, or the run did not complete.</exception>
    public async Task<ReindexOutcome> ReindexAsync(string source, DataFolder data, bool full, string? taxonomyPath, CancellationToken cancellationToken)
    {
        List<string> arguments = ["reindex", "--source", source, "--data", data.Path];
        if (full)
        {
            arguments.Add("--full");
        }

        var before = data.RunIds();
        var command = await RunAsync(arguments, taxonomyPath, cancellationToken);
        var added = data.RunIds().Except(before).ToList();
        if (command.ExitCode != 0 || added.Count != 1)
        {
            var runs = string.Join("\n", added.Select(id => $"--- run {id} ---\n{data.ReadRun(id).Json.TrimEnd()}"));
            throw new InvalidOperationException(
                $"ingest reindex misbehaved: expected exit code 0 and one new run record, got exit code {command.ExitCode} and {added.Count} run record(s).\n{command.Describe()}\n{runs}\nThe data folder is kept at {data.Path}.");
        }

        var (run, json) = data.ReadRun(added[0]);
        var outcome = new ReindexOutcome(command, run, json, data.Path);
        if (run.State != ReindexState.Completed || run.Summary is null)
        {
            outcome.Fail($"the run ended {run.State} with {(run.Summary is null ? "no summary" : "a summary")}.");
        }

        return outcome;
    }
}
