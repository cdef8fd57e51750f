using System.Globalization;
using System.Text;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Routine clean-up of one block of text: NFC, full-width ASCII letters and digits to half-width
/// (CJK punctuation stays full-width: it is part of Chinese typography, and changing it would
/// change what readers see), zero-width, bidi and control characters removed, runs of spaces
/// (the ideographic space included) collapsed to one, and line breaks inside the block joined as
/// layout (a block is one paragraph; its structure is the block itself). For formats whose
/// spaces come from layout (PDF word gaps) a space between two CJK characters is removed too; in
/// a text file the author typed it (一句 一句 headline parts, names in a list) and it stays.
/// Returns the same instance when nothing changes, which keeps large clean files cheap.
/// </summary>
public static class UnicodeCleaner
{
    public static string Clean(string text) => Clean(text, layoutSpaces: false);

    /// <summary>Cleans <paramref name="text"/>; <paramref name="layoutSpaces"/> says its spaces between CJK characters are layout, not writing.</summary>
    public static string Clean(string text, bool layoutSpaces)
    {
        if (IsClean(text, layoutSpaces))
        {
            return text;
        }

        var source = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (source.AsSpan().IndexOfAny('\n', '\r', '\u2028') >= 0 || source.Contains('\u2029') || source.Contains('\u0085'))
        {
            source = JoinLines(source);
        }

        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var raw in source)
        {
            var c = raw switch
            {
                >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(raw - 0xFEE0),
                _ => raw,
            };

            if (IsInvisible(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                var previous = builder[^1];
                // A space between two CJK characters is left over from layout; between words it is real.
                if (!(layoutSpaces && IsLayoutGap(previous, c)))
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when <see cref="Clean"/> would return the text unchanged: checked without allocating,
    /// for the common case of text that is already clean.
    /// </summary>
    private static bool IsClean(string text, bool layoutSpaces)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                // Leading, trailing and doubled spaces go, and so does a space between two CJK characters.
                if (i == 0 || i == text.Length - 1 || text[i - 1] == ' ' || (layoutSpaces && IsLayoutGap(text[i - 1], text[i + 1])))
                {
                    return false;
                }
            }
            else if (c < ' ' || c is >= '\u007F' and < '\u00A0')
            {
                return false;
            }
            else if (c >= '\u00A0' && !(c < '\u0300' && c != '\u00A0' && c != '\u00AD' || (CjkChars.IsHan(c) && c < '\uF900') || (CjkChars.IsCjkPunctuation(c) && c != '\u3000')))
            {
                // Anything else (combining marks, compatibility ideographs, full-width letters,
                // invisible and space characters) takes the full path with its NFC check.
                return false;
            }
        }

        return true;
    }

    private static string JoinLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split(['\r', '\n', '\u2028', '\u2029', '\u0085'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            LineJoiner.AppendContinuation(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>Where layout put a space that Chinese typesetting has none: between CJK characters, and next to CJK punctuation.</summary>
    private static bool IsLayoutGap(char previous, char next) =>
        (IsCjk(previous) && IsCjk(next)) || CjkChars.IsCjkPunctuation(previous) || CjkChars.IsCjkPunctuation(next);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' || (c > ' ' && char.IsWhiteSpace(c));

    private static bool IsCjk(char c) => CjkChars.IsHan(c) || CjkChars.IsCjkPunctuation(c);

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F'
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not ('\n' or '\t' or '\r'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
