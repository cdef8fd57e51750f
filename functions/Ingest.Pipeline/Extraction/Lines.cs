namespace Ingest.Pipeline.Extraction;

internal static class Lines
{
    /// <summary>The non-blank lines of <paramref name="text"/>, whatever the line-break convention.</summary>
    public static IEnumerable<string> NonBlank(string text)
    {
        foreach (var range in text.AsMemory().Split(['\n', '\r', '\u2028', '\u2029', '\u0085']))
        {
            var line = range.Span.Trim();
            if (!line.IsEmpty)
            {
                yield return line.ToString();
            }
        }
    }

    private static IEnumerable<ReadOnlyMemory<char>> Split(this ReadOnlyMemory<char> text, char[] separators)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var index = text.Span[start..].IndexOfAny(separators);
            if (index < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return text.Slice(start, index);
            start += index + 1;
        }
    }
}
