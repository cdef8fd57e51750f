namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Tells a paragraph end from a line that was wrapped inside a sentence (hard-wrapped wire copy
/// arrives with a line break every 60-70 characters): the line does not end a sentence and the
/// next one goes on in lowercase. The chunker treats such a break like a space between words.
/// Chinese has no case, so a wrapped Chinese line stays a paragraph end.
/// </summary>
internal static class LineWrap
{
    /// <summary>Whether the line ending at <paramref name="lineEnd"/> runs on into the line starting at <paramref name="nextStart"/>.</summary>
    public static bool RunsOn(string text, int lineStart, int lineEnd, int nextStart)
    {
        if (nextStart >= text.Length || !char.IsLower(text[nextStart]))
        {
            return false;
        }

        var i = lineEnd - 1;
        while (i > lineStart && (text[i] == ' ' || Punctuation.IsCloser(text[i])))
        {
            i--;
        }

        return !(Punctuation.IsCjkSentenceEnd(text[i]) || text[i] is '.' or '!' or '?');
    }
}
