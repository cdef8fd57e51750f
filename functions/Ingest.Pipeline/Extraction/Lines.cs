namespace Ingest.Pipeline.Extraction;

internal static class Lines
{
    private static readonly char[] Breaks = ['\n', '\r', '\u2028', '\u2029', '\u0085', '\f'];

    /// <summary>
    /// The non-blank lines of <paramref name="text"/> as paragraph blocks, whatever the line-break
    /// convention, each marked when blank lines stood before it. Lines are cut from the text
    /// without an intermediate copy of the whole, which matters for files of tens of megabytes.
    /// </summary>
    public static List<TextBlock> Read(string text, CancellationToken cancellationToken)
    {
        var blocks = new List<TextBlock>();
        var span = text.AsSpan();
        var start = 0;
        var blank = false;
        var count = 0;
        while (start <= span.Length)
        {
            var index = span[start..].IndexOfAny(Breaks);
            var end = index < 0 ? span.Length : start + index;
            var line = span[start..end].Trim();
            if (line.IsEmpty)
            {
                blank = blocks.Count > 0;
            }
            else
            {
                blocks.Add(new TextBlock(TextBlockKind.Paragraph, line.ToString()) { AfterBlankLine = blank });
                blank = false;
            }

            if (index < 0)
            {
                break;
            }

            // \r\n is one break, not a blank line between two.
            start = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
            if (++count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return blocks;
    }
}
