using System.Globalization;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Scores how much decoded text looks like real writing: the share of characters that are common
/// Chinese characters, printable ASCII, whitespace or ordinary punctuation. Text decoded with the
/// wrong code page scores low: rare characters, replacement characters and control codes.
/// </summary>
public static class Plausibility
{
    public static double Score(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, 200_000)];
        if (sample.IsEmpty)
        {
            return 0;
        }

        double good = 0;
        var counted = 0;
        foreach (var c in sample)
        {
            if (c is '\r' or '\n' or '\t' or ' ')
            {
                continue;
            }

            counted++;
            if (c == '\uFFFD' || (char.IsControl(c)))
            {
                continue;
            }

            if (c < 0x7F || CommonHanzi.Contains(c))
            {
                good += 1;
            }
            else if (char.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
                     or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                     or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.SpaceSeparator)
            {
                good += 0.9;
            }
            else if (c is >= '\u00C0' and <= '\u024F')
            {
                good += 0.8; // accented Latin letters
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                good += 0.35; // a real but uncommon Han character
            }
        }

        return counted == 0 ? 0 : good / counted;
    }
}
