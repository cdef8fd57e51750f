using System.CommandLine;
using System.Text.Json;
using Ingest.Api;
using Ingest.Cli.Inspection;
using Ingest.Pipeline;
using Ingest.Pipeline.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest inspect FILE [--json]</c>: what the pipeline makes of one file.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The article file to inspect." };
        var json = new Option<bool>("--json") { Description = "Write the stable JSON report (see README) instead of text." };
        var command = new Command("inspect", "Show format, encoding, language, metadata, structure, quality report, chunks, entities and themes of one file.")
        {
            file, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {info.FullName}").ConfigureAwait(false);
                return 2;
            }

            using var services = ToolServices.Create();
            var builder = services.GetRequiredService<InspectReportBuilder>();
            var document = new SourceDocument { Path = info.Name, Content = await File.ReadAllBytesAsync(info.FullName, cancellationToken).ConfigureAwait(false) };
            var report = builder.Build(document, cancellationToken);
            if (parse.GetValue(json))
            {
                await using var stdout = Console.OpenStandardOutput();
                await JsonSerializer.SerializeAsync(stdout, report, InspectJson.Options, cancellationToken).ConfigureAwait(false);
                await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Console.OutputEncoding = System.Text.Encoding.UTF8;
                InspectTextWriter.Write(report, Console.Out);
            }

            return report.Status == "ok" ? 0 : 1;
        });
        return command;
    }
}
