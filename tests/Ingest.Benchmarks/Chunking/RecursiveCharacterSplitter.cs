namespace Ingest.Benchmarks.Chunking;

/// <summary>
/// A re-implementation of LangChain's RecursiveCharacterTextSplitter (split on the first separator
/// present, recurse into pieces still too long, merge pieces up to the chunk size with a character
/// overlap), on offsets so that cuts can be judged against the text. Separators are kept at the
/// end of the piece before them (<c>keep_separator="end"</c>), the kind setting for prose.
/// </summary>
internal sealed class RecursiveCharacterSplitter(IReadOnlyList<string> separators, int chunkSize, int chunkOverlap)
{
    /// <summary>The separators LangChain's documentation recommends for Chinese and Japanese text.</summary>
    public static readonly IReadOnlyList<string> DocumentedCjkSeparators =
        ["\n\n", "\n", " ", ".", ",", "\u200b", "\uff0c", "\u3001", "\uff0e", "\u3002", ""];

    /// <summary>The same splitter given sentence ends before clause marks, as a careful user would configure it.</summary>
    public static readonly IReadOnlyList<string> SentenceFirstSeparators =
        ["\n\n", "\n", "。", "！", "？", "；", ". ", "! ", "? ", "，", "、", ", ", " ", ""];

    public List<(int Start, int End)> Split(string text, int start, int end)
    {
        var chunks = new List<(int Start, int End)>();
        SplitText(text, start, end, 0, chunks);
        return chunks;
    }

    private void SplitText(string text, int start, int end, int level, List<(int Start, int End)> chunks)
    {
        var span = text.AsSpan(start, end - start);
        var index = level;
        while (index < separators.Count - 1 && separators[index].Length > 0 && !span.Contains(separators[index], StringComparison.Ordinal))
        {
            index++;
        }

        var separator = separators[index];
        var good = new List<(int Start, int End)>();
        foreach (var piece in SplitKeepingEnd(text, start, end, separator))
        {
            if (piece.End - piece.Start < chunkSize)
            {
                good.Add(piece);
                continue;
            }

            if (good.Count > 0)
            {
                Merge(good, chunks);
                good.Clear();
            }

            if (separator.Length == 0 || index + 1 >= separators.Count)
            {
                chunks.Add(piece);
            }
            else
            {
                SplitText(text, piece.Start, piece.End, index + 1, chunks);
            }
        }

        if (good.Count > 0)
        {
            Merge(good, chunks);
        }
    }

    private static IEnumerable<(int Start, int End)> SplitKeepingEnd(string text, int start, int end, string separator)
    {
        if (separator.Length == 0)
        {
            for (var i = start; i < end; i++)
            {
                yield return (i, i + 1);
            }

            yield break;
        }

        var from = start;
        while (from < end)
        {
            var found = text.AsSpan(from, end - from).IndexOf(separator, StringComparison.Ordinal);
            var to = found < 0 ? end : from + found + separator.Length;
            yield return (from, to);
            from = to;
        }
    }

    /// <summary>LangChain's <c>_merge_splits</c> with an empty joiner: the pieces are contiguous spans.</summary>
    private void Merge(List<(int Start, int End)> pieces, List<(int Start, int End)> chunks)
    {
        var current = new Queue<(int Start, int End)>();
        var total = 0;
        foreach (var piece in pieces)
        {
            var length = piece.End - piece.Start;
            if (total + length > chunkSize && current.Count > 0)
            {
                chunks.Add((current.Peek().Start, current.Last().End));
                while (total > chunkOverlap || (total + length > chunkSize && total > 0))
                {
                    var dropped = current.Dequeue();
                    total -= dropped.End - dropped.Start;
                }
            }

            current.Enqueue(piece);
            total += length;
        }

        if (current.Count > 0)
        {
            chunks.Add((current.Peek().Start, current.Last().End));
        }
    }
}
