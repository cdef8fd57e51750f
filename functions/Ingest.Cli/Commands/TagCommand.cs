using System.CommandLine;
using System.Text;
using Ingest.Pipeline;
using Ingest.Pipeline.Tagging.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest tag [FILE]</c>: entities and themes of each line of a text, as JSON lines.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "UTF-8 text, one passage per line; standard input when omitted or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("tag", "Tag each line of a text: one JSON object per line with its entities (UTF-16 offsets in that line) and themes.")
        {
            file,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var info = parse.GetValue(file);
            var fromStdin = info is null || info.Name == "-";
            if (!fromStdin && !info!.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {info.FullName}").ConfigureAwait(false);
                return 2;
            }

            using var services = ToolServices.Create();
            var tagger = services.GetRequiredService<LineTagger>();
            using var input = fromStdin
                ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
                : new StreamReader(info!.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            await tagger.RunAsync(input, output, cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
