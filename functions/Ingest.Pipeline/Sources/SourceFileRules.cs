namespace Ingest.Pipeline.Sources;

/// <summary>
/// Which files of a source are articles, the same for a folder and a blob container: not hidden,
/// not editor temporaries or partial downloads, not folder placeholders, not sidecars. A sidecar
/// <c>NAME.meta.json</c> belongs to the article <c>NAME</c>.
/// </summary>
public static class SourceFileRules
{
    public const string SidecarSuffix = ".meta.json";

    public static bool IsArticle(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return false;
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Length == 0 || name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return false;
        }

        if (name.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md5", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension is not (".tmp" or ".swp" or ".part" or ".crdownload" or ".partial")
            && !name.EndsWith('~')
            && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The article a path belongs to: itself, or for a sidecar the article beside it; null for anything else.</summary>
    public static string? ArticleOf(string path)
    {
        if (path.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var article = path[..^SidecarSuffix.Length];
            return IsArticle(article) ? article : null;
        }

        return IsArticle(path) ? path : null;
    }
}
