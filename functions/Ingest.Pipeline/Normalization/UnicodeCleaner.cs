using System.Globalization;
using System.Text;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Routine clean-up of one block of text: NFC, full-width ASCII letters and digits to half-width
/// (CJK punctuation stays full-width), zero-width and control characters removed, runs of spaces
/// collapsed, and spaces that layout left between two CJK characters removed.
/// </summary>
public static class UnicodeCleaner
{
    public static string Clean(string text)
    {
        var source = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
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

            if (c is ' ' or '\t' or '\u00A0' or '\u3000' || (c != '\n' && char.IsWhiteSpace(c)))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                var previous = builder[^1];
                // A space between two CJK characters is left over from layout; between words it is real.
                if (!(IsCjk(previous) && IsCjk(c)))
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCjk(char c) => CjkChars.IsHan(c) || CjkChars.IsCjkPunctuation(c);

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Control && c is not ('\n' or '\t'))
        || c is >= '\u202A' and <= '\u202E';
}
