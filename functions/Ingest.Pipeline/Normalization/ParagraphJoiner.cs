using System.Text;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Re-joins paragraphs of plain text that were hard-wrapped at a fixed width (old wire copy,
/// e-mail, text exported from PDF). A file is taken as wrapped only when most of its lines end
/// close to one common width; then a line that reaches that width continues on the next line,
/// unless a blank line stands between them. Files with one paragraph per line have line lengths
/// all over the place and are left alone.
/// </summary>
internal static class ParagraphJoiner
{
    /// <summary>Wider than this (in columns, a CJK character counting two) is not a wrap width.</summary>
    private const int MaxWrapWidth = 160;

    private const int MinLines = 4;

    /// <summary>A line at least this share of the wrap width is "full" and runs on.</summary>
    private const double FullLine = 0.75;

    /// <summary>Share of lines that must be full for the file to count as wrapped.</summary>
    private const double WrappedShare = 0.5;

    public static List<TextBlock> Join(IReadOnlyList<TextBlock> blocks)
    {
        var paragraphs = blocks.Where(b => b.Kind == TextBlockKind.Paragraph).ToList();
        if (WrapWidth(paragraphs) is not { } width)
        {
            return blocks as List<TextBlock> ?? blocks.ToList();
        }

        var joined = new List<TextBlock>(blocks.Count);
        StringBuilder? current = null;
        TextBlock? head = null;
        var previousFull = false;
        var previousOpen = false;
        foreach (var block in blocks)
        {
            // The first line of a text file is its title or byline by convention, never wrapped prose.
            var continues = block.Kind == TextBlockKind.Paragraph && head is not null && head != blocks[0] && !block.AfterBlankLine
                && (previousFull || (previousOpen && char.IsLower(block.Text[0])));
            if (continues)
            {
                current ??= new StringBuilder(head!.Text);
                LineJoiner.AppendContinuation(current, block.Text);
            }
            else
            {
                Flush();
                head = block.Kind == TextBlockKind.Paragraph ? block : null;
                if (head is null) joined.Add(block);
            }

            previousFull = block.Kind == TextBlockKind.Paragraph && Columns(block.Text) >= width * FullLine;
            // A short line that stops mid-sentence, followed by a lower-case word, was wrapped early.
            previousOpen = block.Kind == TextBlockKind.Paragraph && block.Text[^1] is not ('.' or '!' or '?' or ':' or '。' or '！' or '？' or '：');
        }

        Flush();
        return joined;

        void Flush()
        {
            if (head is not null)
            {
                joined.Add(current is null ? head : head with { Text = current.ToString() });
            }

            head = null;
            current = null;
        }
    }

    /// <summary>The common width the lines were wrapped at, or null when the file is not wrapped.</summary>
    private static double? WrapWidth(List<TextBlock> lines)
    {
        if (lines.Count < MinLines)
        {
            return null;
        }

        var widths = lines.Select(l => Columns(l.Text)).Order().ToArray();
        var width = widths[(int)(widths.Length * 0.9)];
        if (width > MaxWrapWidth || width < 20)
        {
            return null;
        }

        // Wrapped text never runs far past its width; paragraphs one per line do.
        var overlong = widths.Count(w => w > width * 1.15);
        var full = widths.Count(w => w >= width * FullLine && w <= width * 1.15);
        return overlong <= lines.Count * 0.05 && full >= lines.Count * WrappedShare ? width : null;
    }

    /// <summary>Display columns: a CJK character takes two, as in a terminal or a fixed-width layout.</summary>
    private static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            columns += CjkChars.IsHan(c) || CjkChars.IsCjkPunctuation(c) ? 2 : 1;
        }

        return columns;
    }
}
