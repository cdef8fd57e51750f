using System.CommandLine;
using Ingest.Cli.Hosting;
using Ingest.Cli.Reindexing;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest reindex [--full]</c>: brings the index of a data folder up to date with the source,
/// with a progress line and a summary. When <c>ingest serve</c> is serving that data folder, the
/// run is asked of it through its API instead (the index can only be written by one process).
/// Exit codes: 0 completed, 1 the run failed, 2 bad arguments, 4 the data folder is in use,
/// 5 the source cannot be used, 6 the serving host refused.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var data = CommonOptions.Data();
        var full = new Option<bool>("--full")
        {
            Description = "Re-ingest every file into a new index generation built side by side, then switch to it (the old one is kept for a rollback). "
                + "Without it, only what is new, changed, deleted or indexed by an older pipeline is processed.",
        };
        var command = new Command("reindex", "Re-index the source into the data folder's index, showing progress and a summary; asks the running `ingest serve` to do it when there is one.")
        {
            source, data, full,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!SourceLocation.TryParse(parse.GetValue(source)!, out var location, out var problem))
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
                return 2;
            }

            var dataPath = parse.GetValue(data)!;
            var mode = parse.GetValue(full) ? ReindexMode.Full : ReindexMode.Incremental;
            var progress = new ReindexProgressWriter(output, interactive: !Console.IsOutputRedirected && output == Console.Out, TimeProvider.System);
            try
            {
                var run = ServeMarker.TryRead(dataPath) is { } marker && await RemoteReindex.IsServingAsync(marker, cancellationToken).ConfigureAwait(false)
                    ? await DelegateAsync(marker, location, mode, progress, output, cancellationToken).ConfigureAwait(false)
                    : await RunHereAsync(location, dataPath, mode, progress, error, cancellationToken).ConfigureAwait(false);
                if (run is null)
                {
                    return 5;
                }

                progress.Finish(run);
                return run.State == ReindexState.Completed ? 0 : 1;
            }
            catch (HttpRequestException ex)
            {
                await error.WriteLineAsync($"The serving host did not run the re-index: {ex.Message}").ConfigureAwait(false);
                return 6;
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("in use by another process", StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"{ex.Message} If `ingest serve` runs on this data folder, it was not reachable on the port in {ServeMarker.PathIn(dataPath)}.")
                    .ConfigureAwait(false);
                return 4;
            }
        });
        return command;
    }

    private static async Task<ReindexRun> DelegateAsync(ServeMarker marker, SourceLocation location, ReindexMode mode, ReindexProgressWriter progress, TextWriter output,
        CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"`ingest serve` (process {marker.ProcessId}) is serving this data folder at {marker.BaseAddress}; asking it to run the re-index.")
            .ConfigureAwait(false);
        if (marker.Source != location.ToString())
        {
            await output.WriteLineAsync($"It ingests {marker.Source}, not {location}: the re-index covers its source.").ConfigureAwait(false);
        }

        return await RemoteReindex.RunAsync(marker, mode, progress, output, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ReindexRun?> RunHereAsync(SourceLocation location, string dataPath, ReindexMode mode, ReindexProgressWriter progress, TextWriter error,
        CancellationToken cancellationToken)
    {
        if (location.Kind == SourceKind.Folder && !Directory.Exists(location.FolderPath))
        {
            await error.WriteLineAsync($"The source folder '{location.FolderPath}' does not exist. Create it or pass --source.").ConfigureAwait(false);
            return null;
        }

        try
        {
            if (location.Kind == SourceKind.Container)
            {
                await ArticleContainer.EnsureAsync(location, cancellationToken).ConfigureAwait(false);
            }

            return await LocalReindex.RunAsync(new LocalHostOptions(location, dataPath, CommonOptions.DefaultPort), mode, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (SourceUnavailableException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
