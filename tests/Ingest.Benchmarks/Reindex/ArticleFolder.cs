namespace Ingest.Benchmarks.Reindex;

/// <summary>A source folder of an exact number of articles made from the corpus.</summary>
internal static class ArticleFolder
{
    /// <summary>
    /// Copies every corpus article into <paramref name="folder"/> under its path relative to the
    /// corpus, then makes up the rest with copies named <c>NAME-copy-N.txt</c> beside their
    /// originals, taken at even intervals so that every language has some. A document's id comes
    /// from its path and nothing deduplicates equal bytes, so each copy is a document of its own.
    /// </summary>
    /// <returns>The full paths of the articles written, in ordinal order.</returns>
    public static IReadOnlyList<string> Create(IReadOnlyList<string> corpusFiles, string corpusRoot, string folder, int count)
    {
        ArgumentOutOfRangeException.ThrowIfZero(corpusFiles.Count);
        var written = new List<string>(count);
        foreach (var file in corpusFiles.Take(count))
        {
            written.Add(CopyTo(file, Path.Combine(folder, Path.GetRelativePath(corpusRoot, file))));
        }

        for (var i = 0; written.Count < count; i++)
        {
            var original = corpusFiles[(int)((long)i * corpusFiles.Count / Math.Max(1, count - corpusFiles.Count)) % corpusFiles.Count];
            var relative = Path.GetRelativePath(corpusRoot, original);
            var name = $"{Path.GetFileNameWithoutExtension(relative)}-copy-{i + 1}{Path.GetExtension(relative)}";
            written.Add(CopyTo(original, Path.Combine(folder, Path.GetDirectoryName(relative) ?? string.Empty, name)));
        }

        return written.Order(StringComparer.Ordinal).ToList();
    }

    private static string CopyTo(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        return to;
    }
}
