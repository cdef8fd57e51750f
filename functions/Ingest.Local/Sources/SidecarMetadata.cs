using Ingest.Pipeline.Sources;
using System.Text.Json;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;

namespace Ingest.Local.Sources;

/// <summary>Reads <c>NAME.meta.json</c> beside an article: title, author, publishedAt, source, language.</summary>
internal static class SidecarMetadata
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static async Task<DocumentMetadata?> ReadAsync(string articlePath, CancellationToken cancellationToken)
    {
        var sidecar = articlePath + SourceFileRules.SidecarSuffix;
        if (!File.Exists(sidecar))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(sidecar);
            var raw = await JsonSerializer.DeserializeAsync<Raw>(stream, Json, cancellationToken).ConfigureAwait(false);
            return raw is null ? null : new DocumentMetadata
            {
                Title = raw.Title,
                Author = raw.Author,
                PublishedAt = DateParsing.TryParseDate(raw.PublishedAt),
                Source = raw.Source,
                Language = raw.Language,
            };
        }
        catch (JsonException)
        {
            return null; // a broken sidecar must not stop the article itself from being indexed
        }
    }

    private sealed record Raw(string? Title, string? Author, string? PublishedAt, string? Source, string? Language);
}
