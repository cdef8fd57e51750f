using System.Text;
using System.Text.Json;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;

namespace Ingest.Azure.Sources;

/// <summary>
/// Metadata overrides of an article from its blob metadata and its sidecar blob <c>NAME.meta.json</c>.
/// <para>
/// Blob metadata keys are <c>title</c>, <c>author</c>, <c>publishedAt</c>, <c>source</c> and <c>language</c>.
/// Metadata values travel as HTTP headers and must be ASCII, so a Chinese title goes in <c>title_b64</c>
/// (likewise <c>author_b64</c>, <c>source_b64</c>, ...): its UTF-8 bytes, base64-encoded. A <c>_b64</c> key
/// wins over the plain one; a value that is not valid base64 is ignored.
/// </para>
/// <para>
/// The sidecar has the shape of the folder source's sidecar: <c>{"title", "author", "publishedAt", "source", "language"}</c>.
/// Its values win over blob metadata: it is the file people edit on purpose, and it carries any text.
/// A sidecar that is not valid JSON is ignored, so that it cannot stop its article from being indexed.
/// </para>
/// </summary>
internal static class BlobMetadataOverrides
{
    private const string Base64Suffix = "_b64";

    private static readonly JsonSerializerOptions SidecarJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DocumentMetadata? FromBlobMetadata(IDictionary<string, string>? metadata)
    {
        if (metadata is null || metadata.Count == 0)
        {
            return null;
        }

        // The service returns keys as they were set; people set them in any case.
        var values = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        var result = new DocumentMetadata
        {
            Title = Read(values, "title"),
            Author = Read(values, "author"),
            PublishedAt = DateParsing.TryParseDate(Read(values, "publishedAt")),
            Source = Read(values, "source"),
            Language = Read(values, "language"),
        };
        return IsEmpty(result) ? null : result;
    }

    public static DocumentMetadata? FromSidecar(ReadOnlySpan<byte> json)
    {
        try
        {
            var raw = JsonSerializer.Deserialize<Sidecar>(json, SidecarJson);
            return raw is null ? null : new DocumentMetadata
            {
                Title = Blank(raw.Title),
                Author = Blank(raw.Author),
                PublishedAt = DateParsing.TryParseDate(raw.PublishedAt),
                Source = Blank(raw.Source),
                Language = Blank(raw.Language),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Blob metadata overridden by the sidecar; null when neither says anything.</summary>
    public static DocumentMetadata? Combine(DocumentMetadata? fromMetadata, DocumentMetadata? fromSidecar) =>
        (fromMetadata, fromSidecar) switch
        {
            (null, null) => null,
            (null, var sidecar) => sidecar,
            (var metadata, null) => metadata,
            var (metadata, sidecar) => metadata.OverrideWith(sidecar),
        };

    private static string? Read(Dictionary<string, string> values, string key)
    {
        if (values.TryGetValue(key + Base64Suffix, out var encoded) && DecodeBase64(encoded) is { } decoded)
        {
            return Blank(decoded);
        }

        return values.TryGetValue(key, out var plain) ? Blank(plain) : null;
    }

    private static string? DecodeBase64(string value)
    {
        var bytes = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), bytes, out var written))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsEmpty(DocumentMetadata metadata) =>
        metadata.Title is null && metadata.Author is null && metadata.PublishedAt is null && metadata.Source is null && metadata.Language is null;

    private sealed record Sidecar(string? Title, string? Author, string? PublishedAt, string? Source, string? Language);
}
