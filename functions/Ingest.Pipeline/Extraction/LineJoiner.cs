using System.Text;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Joins lines that layout broke (a PDF line end, a hard-wrapped text file, a soft break in
/// Markdown) back into one run of text: Chinese lines join without a space, Latin lines with one,
/// and a Latin word hyphenated across the break ("inter-" + "national") loses its hyphen.
/// </summary>
public static class LineJoiner
{
    /// <summary>Appends <paramref name="next"/> to <paramref name="builder"/> as the continuation of its last line.</summary>
    public static void AppendContinuation(StringBuilder builder, ReadOnlySpan<char> next)
    {
        next = next.Trim();
        if (next.IsEmpty)
        {
            return;
        }

        var end = builder.Length;
        while (end > 0 && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        if (end == 0)
        {
            builder.Append(next);
            return;
        }

        var last = builder[end - 1];
        var first = next[0];
        if (last == '-' && end >= 2 && char.IsLetter(builder[end - 2]) && char.IsLower(first) && !CjkChars.IsHan(builder[end - 2]))
        {
            // "exam-" + "ple": a word broken by hyphenation. The hyphen is the typesetter's, not the author's.
            builder.Length = end - 1;
        }
        else if (NeedsSpace(last, first))
        {
            builder.Append(' ');
        }

        builder.Append(next);
    }

    /// <summary>Joins <paramref name="lines"/> as one paragraph broken only by layout.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            AppendContinuation(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>A space separates words in Latin script; Chinese and Japanese lines continue without one.</summary>
    private static bool NeedsSpace(char last, char first) =>
        !(IsCjk(last) || IsCjk(first));

    private static bool IsCjk(char c) => CjkChars.IsHan(c) || CjkChars.IsCjkPunctuation(c) || c is >= '\u3040' and <= '\u30FF';
}
