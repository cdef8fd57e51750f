using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Ingest.Pipeline.Tests.Extraction.SampleGenerators;

/// <summary>Writes an article as the JSON object the extractor reads: metadata fields and a body of typed blocks.</summary>
internal static class JsonSampleWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(SampleArticle article)
    {
        var body = new List<object>();
        foreach (var (heading, paragraphs) in article.Sections)
        {
            if (heading is not null) body.Add(new { type = "heading", text = heading });
            body.AddRange(paragraphs.Select(p => new { type = "paragraph", text = p }));
        }

        var json = new
        {
            title = article.Title,
            author = article.Author,
            publishedAt = article.PublishedAt.ToString("yyyy-MM-dd"),
            source = article.Source,
            language = "zh-Hant",
            body,
        };
        return JsonSerializer.SerializeToUtf8Bytes(json, Options);
    }
}
