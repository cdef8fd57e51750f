using System.CommandLine;
using Ingest.Cli.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest serve</c>: ingest a folder or a blob container, follow its changes, and serve the search
/// API on loopback. Exit codes: 2 for bad arguments, 3 when the port is taken, 4 when the data folder
/// is in use, 5 when the container's storage account cannot be used.
/// </summary>
internal static class ServeCommand
{
    private static readonly TimeSpan LongestPoll = TimeSpan.FromDays(1);

    public static Command Create()
    {
        var source = CommonOptions.Source();
        var data = CommonOptions.Data();
        var port = CommonOptions.Port();
        var poll = CommonOptions.Poll();
        var command = new Command("serve",
            "Ingest every article in a folder (watched) or a blob container (polled), follow its changes, and serve the search API on http://127.0.0.1:PORT.")
        {
            source, data, port, poll,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(port) is < 1 or > 65535)
            {
                await error.WriteLineAsync("--port must be between 1 and 65535.").ConfigureAwait(false);
                return 2;
            }

            var interval = parse.GetValue(poll);
            if (interval <= TimeSpan.Zero || interval > LongestPoll)
            {
                await error.WriteLineAsync("--poll must be more than zero and at most a day.").ConfigureAwait(false);
                return 2;
            }

            if (!SourceLocation.TryParse(parse.GetValue(source)!, out var location, out var problem))
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
                return 2;
            }

            if (location.Kind == SourceKind.Folder && !Directory.Exists(location.FolderPath))
            {
                await error.WriteLineAsync($"The source folder '{location.FolderPath}' does not exist. Create it or pass --source.").ConfigureAwait(false);
                return 2;
            }

            try
            {
                if (location.Kind == SourceKind.Container)
                {
                    // Before the host starts: a failing hosted service would be logged with its stack trace.
                    await ArticleContainer.EnsureAsync(location, cancellationToken).ConfigureAwait(false);
                }

                return await RunAsync(new LocalHostOptions(location, parse.GetValue(data)!, parse.GetValue(port)) { PollInterval = interval }, error, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (SourceUnavailableException ex)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 5;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(LocalHostOptions options, TextWriter error, CancellationToken cancellationToken)
    {
        await using var app = LocalHost.Build(options);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException ex) when (ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await error.WriteLineAsync($"Port {options.Port} is in use. Stop the other program or pass --port.").ConfigureAwait(false);
            return 3;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("in use by another process", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 4;
        }

        return 0;
    }
}
