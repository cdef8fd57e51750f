using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Reads the flat <c>key: value</c> lines of a Markdown front matter block. Articles use only
/// scalar fields here, so a full YAML parser would add a dependency for nothing.
/// </summary>
internal static class FrontMatter
{
    public static DocumentMetadata Read(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in yaml.Split('\n'))
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (line.StartsWith('#') || colon <= 0) continue;
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            if (value.Length > 0) values.TryAdd(line[..colon].Trim(), value);
        }

        string? Get(params string[] keys) => keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
        return new DocumentMetadata
        {
            Title = Get("title"),
            Author = Get("author", "authors", "byline"),
            PublishedAt = DateParsing.TryParseDate(Get("date", "publishedAt", "published")),
            Source = Get("source", "publisher"),
            Language = Get("lang", "language"),
        };
    }
}
