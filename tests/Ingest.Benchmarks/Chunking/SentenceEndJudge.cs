using Ingest.Pipeline.Chunking;

namespace Ingest.Benchmarks.Chunking;

/// <summary>
/// Judges, from the text alone, whether a chunk ends at a sentence end: where the text before the
/// cut (less trailing spaces and closing quotes or brackets) ends with 。！？；… or . ! ?, or at a
/// paragraph end. A line end counts as a paragraph end unless the line was wrapped inside a
/// sentence (it ends without a sentence end and the next line goes on in lowercase, as in
/// hard-wrapped wire copy). Deliberately lenient (a cut in 3.|5 passes), so it flatters the
/// baselines rather than the chunker, and independent of the sentence splitter it judges.
/// </summary>
internal static class SentenceEndJudge
{
    public static bool EndsSentence(string text, int bodyEnd, int end)
    {
        if (end >= bodyEnd)
        {
            return true;
        }

        var i = end - 1;
        while (i > 0 && (text[i] == ' ' || Punctuation.IsCloser(text[i])))
        {
            i--;
        }

        if (Punctuation.IsCjkSentenceEnd(text[i]) || text[i] is '.' or '!' or '?')
        {
            return true;
        }

        var lineEnd = text[end] == '\n' ? end : text[end - 1] == '\n' ? end - 1 : -1;
        return lineEnd >= 0 && !char.IsLower(text[lineEnd + 1]);
    }
}
