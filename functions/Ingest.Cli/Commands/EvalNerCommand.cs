using System.CommandLine;
using System.Text;
using System.Text.Json;
using Ingest.Pipeline.Tagging.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest eval-ner FILE [--json]</c>: precision, recall and F1 of the entity tagger on a gold file.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Gold file: one 'character<TAB>tag' per line (BIO or BMES over PER/LOC/ORG), a blank line between sentences." };
        var json = new Option<bool>("--json") { Description = "Write the scores as JSON instead of a table." };
        var command = new Command("eval-ner", "Score person, place and organization tagging on a gold file (exact-span precision, recall and F1 per type and overall).")
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

            IReadOnlyList<GoldSentence> sentences;
            using (var reader = new StreamReader(info.FullName, Encoding.UTF8))
            {
                sentences = BioReader.Read(reader).ToList();
            }

            using var services = ToolServices.Create();
            var report = services.GetRequiredService<NerEvaluator>().Evaluate(sentences, cancellationToken);
            Console.OutputEncoding = Encoding.UTF8;
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web))).ConfigureAwait(false);
            }
            else
            {
                NerReportWriter.Write(report, info.Name, Console.Out);
            }

            return 0;
        });
        return command;
    }
}
