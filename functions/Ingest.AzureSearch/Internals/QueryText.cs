using System.Text;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// Turns user text into the simple-syntax search text: whitespace separates terms, text in double
/// quotes (ASCII or Chinese) is one term, and every term goes out as a quoted phrase with its
/// backslashes and quotes escaped, so nothing a user types becomes an operator, a field or a
/// wildcard. Terms without a letter or digit are dropped; with none left the query matches nothing,
/// as in the Lucene adapter. The text is folded like the searched fields.
/// </summary>
internal static class QueryText
{
    /// <summary>The search text, <c>*</c> for empty input, or null when the input has no words at all.</summary>
    public static string? Build(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "*";
        }

        var terms = Split(Pipeline.Text.ScriptFolder.Fold(text)).Where(t => t.Any(char.IsLetterOrDigit)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        return string.Join(" ", terms.Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
    }

    public static IReadOnlyList<string> Split(string text)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”' or '＂')
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
