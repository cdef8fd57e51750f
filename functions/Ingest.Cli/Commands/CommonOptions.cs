using System.CommandLine;

namespace Ingest.Cli.Commands;

/// <summary>Options shared by the commands that work on a source folder and a data folder.</summary>
internal static class CommonOptions
{
    public const string DefaultSource = "samples/articles";
    public const string DefaultData = ".ingest-data";
    public const int DefaultPort = 7071;

    public static Option<string> Source() => new("--source")
    {
        Description = "Folder of articles to ingest and watch.",
        DefaultValueFactory = _ => DefaultSource,
    };

    public static Option<string> Data() => new("--data")
    {
        Description = "Data folder for the index, manifests and quarantine.",
        DefaultValueFactory = _ => DefaultData,
    };

    public static Option<int> Port() => new("--port")
    {
        Description = "Port of the HTTP API on 127.0.0.1.",
        DefaultValueFactory = _ => DefaultPort,
    };
}
