using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Splits a paragraph into sentences. Chinese sentences end at 。！？；… and the closing quotes or
/// brackets after them; Latin ones at . ! ? followed by a space, except after abbreviations,
/// initials, inside decimals and inside URLs. Written by hand: the segmenters on offer split
/// Chinese on Latin rules or drop the offsets we need.
/// </summary>
public static class SentenceSplitter
{
    private const string ChineseEnds = "。！？；…";
    private const string Closers = "”’」』）)》〉】\"'";
    private const string ClauseBreaks = "，、：,:;";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "ltd", "co", "corp", "no", "fig",
        "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "rep", "sen", "mt",
    };

    /// <summary>Sentences of <paramref name="text"/>[start, end), covering every character of it.</summary>
    public static List<TextSpan> Split(string text, int start, int end)
    {
        var sentences = new List<TextSpan>();
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var boundary = -1;
            if (ChineseEnds.Contains(c))
            {
                boundary = SkipClosers(text, i + 1, end, alsoRepeats: c);
            }
            else if (c is '!' or '?' || (c == '.' && IsLatinPeriod(text, i, end, sentenceStart)))
            {
                var after = SkipClosers(text, i + 1, end, alsoRepeats: c);
                if (after >= end || text[after] == ' ' || CjkChars.IsHan(text[after]))
                {
                    boundary = after;
                }
            }
            else if (c == '\n')
            {
                boundary = i + 1;
            }

            if (boundary > 0)
            {
                // Spaces after the end belong to the sentence they follow, so the next one starts on a letter.
                while (boundary < end && text[boundary] == ' ') boundary++;
                sentences.Add(new TextSpan(sentenceStart, boundary));
                sentenceStart = boundary;
                i = boundary;
                continue;
            }

            i++;
        }

        if (sentenceStart < end)
        {
            sentences.Add(new TextSpan(sentenceStart, end));
        }

        return sentences;
    }

    /// <summary>Splits a span longer than <paramref name="max"/> at clause punctuation, then hard.</summary>
    public static IEnumerable<TextSpan> SplitLong(string text, TextSpan span, int max)
    {
        var start = span.Start;
        while (span.End - start > max)
        {
            var limit = start + max;
            var cut = -1;
            for (var i = limit - 1; i > start + max / 4; i--)
            {
                if (ClauseBreaks.Contains(text[i]))
                {
                    cut = i + 1;
                    break;
                }
            }

            if (cut < 0)
            {
                cut = limit;
                if (char.IsLowSurrogate(text[cut]) && cut - 1 > start) cut--; // never split a surrogate pair
            }

            yield return new TextSpan(start, cut);
            start = cut;
        }

        if (start < span.End)
        {
            yield return new TextSpan(start, span.End);
        }
    }

    private static int SkipClosers(string text, int i, int end, char alsoRepeats)
    {
        while (i < end && (Closers.Contains(text[i]) || text[i] == alsoRepeats || ChineseEnds.Contains(text[i]) || text[i] is '!' or '?'))
        {
            i++;
        }

        return i;
    }

    private static bool IsLatinPeriod(string text, int i, int end, int sentenceStart)
    {
        // Decimals and version numbers: 3.5, v1.2
        if (i + 1 < end && char.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        // URLs and file names: the period is followed by a letter, not a space.
        if (i + 1 < end && char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > sentenceStart && (char.IsAsciiLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]))
        {
            return false; // an initial: J. Smith
        }

        return !Abbreviations.Contains(word.ToString());
    }
}
