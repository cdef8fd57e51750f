namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Decides whether a '.' ends a sentence. It does not inside numbers (3.5), domains and file names
/// (example.com), after an initial (J. Smith), an abbreviation (Mr., e.g., U.S.), an abbreviation
/// that stands before a number (No. 5, Fig. 2, Jan. 12), a list number (1. or 1.加强), or when the
/// next word goes on in lowercase (10 a.m. on Monday).
/// </summary>
internal static class LatinPeriod
{
    // Words that are almost never the last word of a sentence: titles before names and a few
    // Latin and geographic abbreviations. Company suffixes (Inc., Ltd.) and "etc." often do end a
    // sentence, so they are not here; a lowercase next word keeps them whole anyway.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "rev", "hon",
        "capt", "col", "lt", "sgt", "maj", "adm", "cmdr", "supt", "messrs", "mme", "mlle", "vs", "cf", "viz", "al",
        "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "co", "corp", "dept", "univ", "assn", "bros",
    };

    // Abbreviations that only stand before a number: "No. 5" but "the answer was no. Then".
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "fig", "figs", "vol", "vols", "p", "pp", "art", "sec", "ch", "op", "para", "tel", "approx", "ed",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviationLookup = NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Offset just past the sentence end made by the '.' at <paramref name="i"/>, or -1.</summary>
    public static int EndAfter(string text, int i, int end, int sentenceStart)
    {
        // An ellipsis of periods ends a sentence the way … does.
        if (i + 1 < end && text[i + 1] == '.')
        {
            var afterDots = SentenceSplitter.SkipEndRun(text, i, end);
            return SentenceSplitter.EndsLatinSentence(text, afterDots, end) ? afterDots : -1;
        }

        // Decimals, versions, domains, U.S: a letter or digit right after the period.
        if (i + 1 < end && char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            return -1;
        }

        var after = SentenceSplitter.SkipEndRun(text, i + 1, end);
        if (after >= end)
        {
            return after;
        }

        var previous = i > sentenceStart ? text[i - 1] : '\0';
        if (text[after] != ' ')
        {
            // "…using AI.然后" ends a sentence; "1.加强…" numbers a list item.
            return Punctuation.StartsCjk(text[after]) && !char.IsAsciiDigit(previous) ? after : -1;
        }

        var next = SentenceSplitter.SkipSpaces(text, after, end);
        if (next >= end)
        {
            return after;
        }

        var nextChar = text[next];
        if (char.IsLower(nextChar) || Punctuation.IsContinuation(nextChar))
        {
            return -1;
        }

        var word = WordBefore(text, i, sentenceStart);
        if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]))
        {
            return -1; // an initial
        }

        if (AbbreviationLookup.Contains(word) || (char.IsAsciiDigit(nextChar) && NumberAbbreviationLookup.Contains(word)))
        {
            return -1;
        }

        return IsListNumber(text, sentenceStart, i) ? -1 : after;
    }

    /// <summary>The run of letters and periods just before <paramref name="i"/> ("e.g", "Mr", "U.S").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int i, int sentenceStart)
    {
        var wordStart = i;
        while (wordStart > sentenceStart && (char.IsAsciiLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return text.AsSpan(wordStart, i - wordStart);
    }

    /// <summary>"1." or "12." alone at the start of a sentence numbers a list item.</summary>
    private static bool IsListNumber(string text, int sentenceStart, int i)
    {
        var length = i - sentenceStart;
        return length is >= 1 and <= 3 && !text.AsSpan(sentenceStart, length).ContainsAnyExceptInRange('0', '9');
    }
}
