using System.CommandLine;
using Ingest.Cli.Commands;

var root = new RootCommand("ingest: ingest articles, search them, and inspect what the pipeline makes of them.")
{
    ServeCommand.Create(),
    ReindexCommand.Create(),
    InspectCommand.Create(),
    TagCommand.Create(),
    EvalNerCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
