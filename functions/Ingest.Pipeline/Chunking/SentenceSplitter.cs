namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Splits a paragraph into sentences that cover every character of it. Chinese sentences end at
/// 。！？；… and the closing quotes or brackets after them, unless a clause mark follows
/// (“好！”，他说 is one sentence). Latin ones end at . ! ? before a space, a Chinese character or
/// the end of the paragraph; <see cref="LatinPeriod"/> keeps abbreviations, initials, decimals,
/// list numbers and URLs whole. Spaces after a sentence end belong to that sentence, so the next
/// one starts on its first word.
/// </summary>
/// <remarks>
/// Written by hand: the sentence segmenters on offer are built for one language, split Chinese on
/// Latin rules (or the reverse), or return strings without the offsets every chunk must carry.
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>Sentences of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static List<TextSpan> Split(string text, int start, int end)
    {
        var sentences = new List<TextSpan>();
        Split(text, start, end, sentences);
        return sentences;
    }

    /// <summary>Appends the sentences of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) to <paramref name="sentences"/>.</summary>
    public static void Split(string text, int start, int end, List<TextSpan> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var after = EndAfter(text, i, end, sentenceStart);
            if (after < 0)
            {
                i++;
                continue;
            }

            after = SkipSpaces(text, after, end);
            sentences.Add(new TextSpan(sentenceStart, after));
            sentenceStart = i = after;
        }

        if (sentenceStart < end)
        {
            sentences.Add(new TextSpan(sentenceStart, end));
        }
    }

    /// <summary>Offset just past the sentence end that starts at <paramref name="i"/> with its closers, or -1 when there is none.</summary>
    private static int EndAfter(string text, int i, int end, int sentenceStart)
    {
        var c = text[i];
        if (c == '\n')
        {
            return i + 1;
        }

        if (Punctuation.IsCjkSentenceEnd(c))
        {
            var after = SkipEndRun(text, i + 1, end);
            var next = SkipSpaces(text, after, end);
            if (next < end && Punctuation.IsContinuation(text[next]))
            {
                return -1;
            }

            // An ellipsis inside Latin text ("wait… then") runs on into a lowercase word.
            return c is '…' or '⋯' && next < end && char.IsLower(text[next]) ? -1 : after;
        }

        if (c is '!' or '?')
        {
            var after = SkipEndRun(text, i + 1, end);
            return EndsLatinSentence(text, after, end) ? after : -1;
        }

        return c == '.' ? LatinPeriod.EndAfter(text, i, end, sentenceStart) : -1;
    }

    /// <summary>
    /// Whether a Latin sentence end whose run stops at <paramref name="after"/> is a boundary: the
    /// paragraph ends, a Chinese sentence follows, or a space does and the next word does not go
    /// on in lowercase or after a clause mark.
    /// </summary>
    internal static bool EndsLatinSentence(string text, int after, int end)
    {
        if (after >= end)
        {
            return true;
        }

        if (text[after] != ' ')
        {
            return Punctuation.StartsCjk(text[after]);
        }

        var next = SkipSpaces(text, after, end);
        return next >= end || !(char.IsLower(text[next]) || Punctuation.IsContinuation(text[next]));
    }

    /// <summary>Skips repeated sentence ends (？！, ……, ?!) and the closing quotes or brackets after them.</summary>
    internal static int SkipEndRun(string text, int i, int end)
    {
        while (i < end && (Punctuation.IsCjkSentenceEnd(text[i]) || text[i] is '!' or '?' or '.' || Punctuation.IsCloser(text[i])))
        {
            i++;
        }

        return i;
    }

    internal static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
