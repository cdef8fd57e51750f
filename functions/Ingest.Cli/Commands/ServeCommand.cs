using System.CommandLine;
using Ingest.Cli.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest serve</c>: ingest a folder, watch it, and serve the search API on loopback.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var source = CommonOptions.Source();
        var data = CommonOptions.Data();
        var port = CommonOptions.Port();
        var command = new Command("serve", "Ingest every article in a folder, watch it for changes, and serve the search API on http://127.0.0.1:PORT.")
        {
            source, data, port,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(port) is < 1 or > 65535)
            {
                await Console.Error.WriteLineAsync("--port must be between 1 and 65535.").ConfigureAwait(false);
                return 2;
            }

            var folder = parse.GetValue(source)!;
            if (!Directory.Exists(folder))
            {
                await Console.Error.WriteLineAsync($"The source folder '{Path.GetFullPath(folder)}' does not exist. Create it or pass --source.").ConfigureAwait(false);
                return 2;
            }

            var options = new LocalHostOptions(folder, parse.GetValue(data)!, parse.GetValue(port));
            await using var app = LocalHost.Build(options);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (IOException ex) when (ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await Console.Error.WriteLineAsync($"Port {options.Port} is in use. Stop the other program or pass --port.").ConfigureAwait(false);
                return 3;
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("in use by another process", StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 4;
            }

            return 0;
        });
        return command;
    }
}
