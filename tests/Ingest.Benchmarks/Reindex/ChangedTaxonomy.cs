using System.Text;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Benchmarks.Reindex;

/// <summary>The default taxonomy with one keyword more on its first theme: the smallest edit that changes the pipeline version.</summary>
internal static class ChangedTaxonomy
{
    // The logical name Ingest.Pipeline.csproj gives the embedded default (Taxonomy keeps its own copy private).
    private const string DefaultResource = "Ingest.Pipeline.Tagging.Themes.taxonomy.json";
    private const string Keywords = "\"keywords\": {";
    private const string AddedKeyword = "政务数据共享";

    /// <summary>Writes the changed taxonomy to <paramref name="path"/>.</summary>
    /// <returns>What changed, for the report.</returns>
    /// <exception cref="InvalidOperationException">The default taxonomy is not shaped as expected, or the edit did not change it.</exception>
    public static string Write(string path)
    {
        var original = ReadDefault();
        var at = original.IndexOf(Keywords, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The default taxonomy has no {Keywords}: its format changed; update {nameof(ChangedTaxonomy)}.");
        }

        at += Keywords.Length;
        var changed = string.Concat(original.AsSpan(0, at), $" \"{AddedKeyword}\": 2,", original.AsSpan(at));
        var bytes = new UTF8Encoding(false).GetBytes(changed);

        // Parsed as the command will parse it: it must load, and have exactly one keyword more on its first theme.
        var before = Taxonomy.LoadDefault();
        var after = Taxonomy.Parse(bytes, path);
        var theme = after.Themes[0];
        if (theme.Keywords.Count != before.Themes[0].Keywords.Count + 1 || after.Version == before.Version)
        {
            throw new InvalidOperationException($"Adding '{AddedKeyword}' to theme '{theme.Id}' did not add a keyword; pick another one.");
        }

        File.WriteAllBytes(path, bytes);
        return $"keyword '{AddedKeyword}' (weight 2) added to theme '{theme.Id}'; taxonomy version {before.Version} -> {after.Version}";
    }

    private static string ReadDefault()
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Ingest.Pipeline has no embedded resource {DefaultResource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
