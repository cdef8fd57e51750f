using Azure;

namespace Ingest.Azure.Storage;

/// <summary>
/// One text form for a blob's ETag. Response headers carry it quoted (<c>"0x8DC..."</c>) while blob
/// listings carry it bare (<c>0x8DC...</c>); the re-index job compares the listing's tag with the one a
/// manifest recorded when the blob was opened, so both must read the same: the quoted header form.
/// </summary>
internal static class ETags
{
    public static string ToText(ETag etag)
    {
        var text = etag.ToString();
        return text.Length == 0 || text.StartsWith('"') || text.StartsWith("W/", StringComparison.Ordinal) ? text : $"\"{text}\"";
    }

    public static string ToText(ETag? etag) => etag is { } value ? ToText(value) : string.Empty;
}
