using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Extraction;

/// <summary>What can be read from raw HTML before parsing it: the declared charset and a nesting bound.</summary>
internal static partial class HtmlCharset
{
    /// <summary>
    /// Markup nested deeper than the limit times this factor is rejected before parsing. The raw
    /// count over-counts pages that leave tags open, hence the generous factor; the exact check
    /// runs on the parsed tree.
    /// </summary>
    private const int RawDepthFactor = 8;

    /// <summary>The charset that a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> tag in the head declares.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(ascii);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>
    /// A linear scan of the raw markup for absurd nesting, so that a hostile page is turned away
    /// before a parser or a recursive walk spends memory and stack on it.
    /// </summary>
    public static bool TagDepthExceeds(string html, int maxDepth)
    {
        var limit = (long)maxDepth * RawDepthFactor;
        var depth = 0;
        foreach (Match match in ContainerTag().Matches(html))
        {
            depth += match.Groups["close"].Success ? -1 : 1;
            if (depth < 0) depth = 0;
            if (depth > limit) return true;
        }

        return false;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"<(?<close>/)?(?:div|span|section|article|table|ul|ol|blockquote|font|a|b|i|em|strong)\b[^>]*?(?<!/)>", RegexOptions.IgnoreCase)]
    private static partial Regex ContainerTag();
}
