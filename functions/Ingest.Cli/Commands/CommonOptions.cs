using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Ingest.Cli.Hosting;

namespace Ingest.Cli.Commands;

/// <summary>Options shared by the commands that work on a source folder and a data folder.</summary>
internal static class CommonOptions
{
    public const string DefaultSource = "samples/articles";
    public const string DefaultData = ".ingest-data";
    public const int DefaultPort = 7071;

    public static Option<string> Source() => new("--source")
    {
        Description = "Folder of articles, or a blob container given as a storage connection string with Container=NAME " +
            "(e.g. \"UseDevelopmentStorage=true;Container=articles\").",
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

    public static Option<TimeSpan> Poll() => new("--poll")
    {
        Description = "How often a blob container source is checked for new, changed and deleted articles: seconds (5, 0.5) or with a unit (500ms, 5s, 2m).",
        DefaultValueFactory = _ => ContainerPollOptions.DefaultInterval,
        CustomParser = ParseDuration,
    };

    /// <summary>Plain seconds, a number with <c>ms</c>, <c>s</c> or <c>m</c>, or a <see cref="TimeSpan"/> such as <c>00:00:05</c>.</summary>
    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        var (number, millisecondsPerUnit) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (text[..^2], 1.0),
            _ when text.EndsWith('s') || text.EndsWith('S') => (text[..^1], 1_000.0),
            _ when text.EndsWith('m') || text.EndsWith('M') => (text[..^1], 60_000.0),
            _ => (text, 1_000.0),
        };
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && Math.Abs(value * millisecondsPerUnit) < TimeSpan.MaxValue.TotalMilliseconds)
        {
            return TimeSpan.FromMilliseconds(value * millisecondsPerUnit);
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
        {
            return span;
        }

        result.AddError($"--poll takes a duration such as 5, 0.5, 500ms, 5s or 00:00:05, not '{text}'.");
        return default;
    }
}
