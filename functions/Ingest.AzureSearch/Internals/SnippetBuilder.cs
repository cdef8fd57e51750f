using System.Text;
using Ingest.Pipeline.Text;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// Builds a hit's snippet from the service's highlights of the folded text. The service marks
/// matches with <see cref="PreTag"/> and <see cref="PostTag"/> (private-use characters, which no
/// article contains, so text that itself looks like markup can never be mistaken for a mark). Each
/// fragment is located in the folded passage; since folding keeps the length, its marks are then
/// laid onto the original characters (Traditional stays Traditional for a Simplified query), and
/// everything outside the marks is HTML-escaped. Written by hand because the service cannot
/// highlight one field with the matches of another.
/// </summary>
internal static class SnippetBuilder
{
    public const string PreTag = "\uE000";
    public const string PostTag = "\uE001";
    private const int MaxFragments = 2;
    private const int MaxFragmentChars = 200;
    private const int LeadChars = 160;
    private const string Separator = " … ";

    public static string Build(string text, IEnumerable<string>? fragments)
    {
        if (fragments is not null && text.Length > 0)
        {
            var folded = ScriptFolder.Fold(text);
            var built = new List<string>();
            foreach (var fragment in fragments)
            {
                if (Map(text, folded, fragment) is { } snippet)
                {
                    built.Add(snippet);
                    if (built.Count == MaxFragments)
                    {
                        break;
                    }
                }
            }

            if (built.Count > 0)
            {
                return string.Join(Separator, built);
            }
        }

        return Lead(text);
    }

    private static string? Map(string text, string folded, string fragment)
    {
        var plain = new StringBuilder(fragment.Length);
        var marks = new List<(int Start, int End)>();
        var open = -1;
        for (var i = 0; i < fragment.Length;)
        {
            if (string.CompareOrdinal(fragment, i, PreTag, 0, PreTag.Length) == 0)
            {
                open = plain.Length;
                i += PreTag.Length;
            }
            else if (string.CompareOrdinal(fragment, i, PostTag, 0, PostTag.Length) == 0)
            {
                if (open >= 0 && plain.Length > open)
                {
                    marks.Add((open, plain.Length));
                }

                open = -1;
                i += PostTag.Length;
            }
            else
            {
                plain.Append(fragment[i++]);
            }
        }

        var at = plain.Length == 0 ? -1 : folded.IndexOf(plain.ToString(), StringComparison.Ordinal);
        if (at < 0 || marks.Count == 0)
        {
            return null;
        }

        // A long fragment is cut to a window that starts a little before its first mark.
        var from = 0;
        var to = plain.Length;
        if (to > MaxFragmentChars)
        {
            from = Math.Max(0, marks[0].Start - 40);
            to = Math.Min(plain.Length, from + MaxFragmentChars);
        }

        var output = new StringBuilder(to - from + 32);
        var position = from;
        foreach (var (start, end) in marks)
        {
            if (end <= from || start >= to)
            {
                continue;
            }

            var s = Math.Max(start, position);
            var e = Math.Min(end, to);
            HtmlText.Append(output, text.AsSpan(at + position, s - position));
            output.Append("<em>");
            HtmlText.Append(output, text.AsSpan(at + s, e - s));
            output.Append("</em>");
            position = e;
        }

        HtmlText.Append(output, text.AsSpan(at + position, to - position));
        return output.Replace("</em><em>", string.Empty).ToString();
    }

    /// <summary>The start of the passage, when nothing in it is marked (no words, or a match in the title only).</summary>
    private static string Lead(string text)
    {
        if (text.Length <= LeadChars)
        {
            return HtmlText.Encode(text);
        }

        var length = char.IsHighSurrogate(text[LeadChars - 1]) ? LeadChars - 1 : LeadChars;
        return HtmlText.Encode(text.AsSpan(0, length)) + "…";
    }
}
