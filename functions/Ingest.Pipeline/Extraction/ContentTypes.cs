namespace Ingest.Pipeline.Extraction;

/// <summary>Reads the parts of a declared content type that extraction uses.</summary>
internal static class ContentTypes
{
    /// <summary>The <c>charset</c> parameter of a content type such as <c>text/plain; charset=gbk</c>.</summary>
    public static string? Charset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var part in contentType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                return part["charset=".Length..].Trim('"', '\'', ' ');
            }
        }

        return null;
    }
}
