using System.Reflection;

namespace Ingest.Pipeline.Text;

/// <summary>
/// Reads the tab-separated data files under Data/ that the project embeds in the assembly
/// (see Data/README.md). Lines starting with '#' and empty lines are skipped.
/// </summary>
internal static class EmbeddedTsv
{
    public static IEnumerable<string[]> Read(string fileName)
    {
        // The project file gives every Data/*.tsv this logical name, independent of folder layout.
        var resourceName = "Ingest.Pipeline.Data." + fileName;
        using var stream = typeof(EmbeddedTsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing from {typeof(EmbeddedTsv).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
