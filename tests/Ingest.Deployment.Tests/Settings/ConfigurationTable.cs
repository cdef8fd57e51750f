using System.Text.RegularExpressions;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>
/// The table of the "Configuration reference" section of infra/README.md: rows that start with a
/// setting name in backticks.
/// </summary>
internal static partial class ConfigurationTable
{
    private const string Heading = "## Configuration reference";

    /// <summary>The setting names of the table's rows, e.g. <c>Ingest__Chunking__MaxChars</c>.</summary>
    public static IReadOnlyList<string> Read(string markdownPath)
    {
        var section = File.ReadLines(markdownPath)
            .SkipWhile(line => !line.StartsWith(Heading, StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .ToList();
        Assert.True(section.Count > 0, $"{markdownPath} has no section '{Heading}'.");
        return section
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["name"].Value)
            .ToList();
    }

    [GeneratedRegex(@"^\|\s*`(?<name>[A-Za-z_][A-Za-z0-9_]*)`\s*\|")]
    private static partial Regex Row();
}
