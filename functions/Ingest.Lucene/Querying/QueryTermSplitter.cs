using System.Text;

namespace Ingest.Lucene.Querying;

/// <summary>
/// Splits user text into terms: whitespace separates terms, and text in double quotes (ASCII
/// <c>"…"</c> or Chinese <c>“…”</c>) is one term. Written by hand instead of using the classic
/// QueryParser: user text is words, never syntax, so nothing a user types can fail to parse or
/// turn into an operator. An unclosed quote runs to the end of the text.
/// </summary>
internal static class QueryTermSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (IsQuote(c))
            {
                Flush(terms, current);
                quoted = !quoted;
            }
            else if (!quoted && char.IsWhiteSpace(c))
            {
                Flush(terms, current);
            }
            else
            {
                current.Append(c);
            }
        }

        Flush(terms, current);
        return terms;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂';

    private static void Flush(List<string> terms, StringBuilder current)
    {
        var term = current.ToString().Trim();
        if (term.Length > 0)
        {
            terms.Add(term);
        }

        current.Clear();
    }
}
