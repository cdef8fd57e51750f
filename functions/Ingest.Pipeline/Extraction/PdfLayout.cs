using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Turns the positioned blocks of a PDF into article blocks. A PDF knows nothing of paragraphs or
/// headings, so they are read from the typesetting: type clearly larger than the body text is a
/// heading (the largest at the top of page one is the title), a short last line ending a sentence
/// or an indented first line starts a new paragraph, lines repeated at the top or bottom of pages
/// are running heads, and a paragraph that does not end its sentence before a page break goes on.
/// </summary>
internal static partial class PdfLayout
{
    private const double HeadingScale = 1.15;
    private const int MaxHeadingLength = 80;
    private const string SentenceEnds = "。！？!?.…」』”\"：:";

    public static List<TextBlock> ToTextBlocks(List<PdfBlock> layout)
    {
        var content = MergeWrappedHeadings(DropPageFurniture(layout));
        if (content.Count == 0) return [];

        var bodySize = BodySize(content);
        var headingSizes = content.Where(b => IsHeading(b, bodySize)).Select(b => Math.Round(b.Size * 2) / 2).Distinct().OrderDescending().ToList();
        var titleBlock = content.Take(3).FirstOrDefault(b => b.Page == 1 && IsHeading(b, bodySize) && Math.Round(b.Size * 2) / 2 == headingSizes[0]);
        if (titleBlock is not null && content.Count(b => Math.Round(b.Size * 2) / 2 == headingSizes[0]) == 1)
        {
            headingSizes.RemoveAt(0);
        }

        var blocks = new List<TextBlock>();
        var pageOfLast = 0;
        foreach (var block in content)
        {
            if (block == titleBlock)
            {
                blocks.Add(new TextBlock(TextBlockKind.Title, Join(block.Lines), 1) { Page = block.Page });
            }
            else if (IsHeading(block, bodySize))
            {
                var level = headingSizes.IndexOf(Math.Round(block.Size * 2) / 2) + 1;
                blocks.Add(new TextBlock(TextBlockKind.Heading, Join(block.Lines), Math.Max(1, level)) { Page = block.Page });
            }
            else
            {
                var first = true;
                foreach (var (paragraph, indented) in Paragraphs(block))
                {
                    var previous = blocks.Count > 0 ? blocks[^1] : null;
                    if (first && !indented && block.Page != pageOfLast && previous is { Kind: TextBlockKind.Paragraph } && !EndsSentence(previous.Text))
                    {
                        // The page break fell inside a sentence: the paragraph goes on.
                        var joined = new StringBuilder(previous.Text);
                        LineJoiner.AppendContinuation(joined, paragraph);
                        blocks[^1] = previous with { Text = joined.ToString() };
                    }
                    else
                    {
                        blocks.Add(new TextBlock(TextBlockKind.Paragraph, paragraph) { Page = block.Page });
                    }

                    first = false;
                }
            }

            pageOfLast = block.Page;
        }

        return blocks;
    }

    /// <summary>
    /// A long title or heading wraps, and with its wide line spacing segmentation may cut it into
    /// blocks of one line each; consecutive blocks in the same large type, one right under the
    /// other, are one heading again.
    /// </summary>
    private static List<PdfBlock> MergeWrappedHeadings(List<PdfBlock> blocks)
    {
        if (blocks.Count == 0) return blocks;
        var bodySize = BodySize(blocks);
        var merged = new List<PdfBlock> { blocks[0] };
        foreach (var block in blocks.Skip(1))
        {
            var previous = merged[^1];
            var sameType = Math.Abs(previous.Size - block.Size) < 0.5 && previous.Size >= bodySize * HeadingScale;
            var gap = previous.Bottom - block.Top;
            if (sameType && block.Page == previous.Page && gap >= 0 && gap < block.Size * 1.5 && !EndsSentence(previous.Lines[^1].Text)
                && previous.Length + block.Length <= MaxHeadingLength)
            {
                merged[^1] = previous with
                {
                    Lines = [.. previous.Lines, .. block.Lines],
                    Bottom = block.Bottom,
                    Left = Math.Min(previous.Left, block.Left),
                    Right = Math.Max(previous.Right, block.Right),
                };
            }
            else
            {
                merged.Add(block);
            }
        }

        return merged;
    }

    private static bool IsHeading(PdfBlock block, double bodySize) =>
        block.Size >= bodySize * HeadingScale && block.Length <= MaxHeadingLength && block.Lines.Count <= 4;

    /// <summary>The type size of the body text: the size that carries the most characters.</summary>
    private static double BodySize(List<PdfBlock> blocks) =>
        blocks.GroupBy(b => Math.Round(b.Size * 2) / 2).MaxBy(g => g.Sum(b => b.Length))!.Key;

    /// <summary>Splits a block into paragraphs at short sentence-ending lines and at indented first lines.</summary>
    private static IEnumerable<(string Text, bool Indented)> Paragraphs(PdfBlock block)
    {
        var builder = new StringBuilder();
        var indented = false;
        foreach (var line in block.Lines)
        {
            var em = Math.Max(line.Size, 1);
            var indent = line.Left > block.Left + em * 1.5;
            if (builder.Length > 0 && indent)
            {
                yield return (builder.ToString(), indented);
                builder.Clear();
            }

            if (builder.Length == 0) indented = indent;
            LineJoiner.AppendContinuation(builder, line.Text);
            var shortLine = line.Right < block.Right - em * 1.5;
            if (shortLine && EndsSentence(line.Text) && block.Lines.Count > 1)
            {
                yield return (builder.ToString(), indented);
                builder.Clear();
            }
        }

        if (builder.Length > 0) yield return (builder.ToString(), indented);
    }

    private static string Join(IEnumerable<PdfLine> lines) => LineJoiner.Join(lines.Select(l => l.Text));

    private static bool EndsSentence(string text) => text.Length > 0 && SentenceEnds.Contains(text.TrimEnd()[^1]);

    /// <summary>
    /// Drops page numbers and running heads: one-line blocks in the top or bottom margin that are a
    /// bare page number or that repeat (digits aside) on more than one page.
    /// </summary>
    private static List<PdfBlock> DropPageFurniture(List<PdfBlock> layout)
    {
        bool InMargin(PdfBlock b) => b.Lines.Count == 1 && b.PageHeight > 0 && (b.Bottom > b.PageHeight * 0.9 || b.Top < b.PageHeight * 0.1);
        string Key(PdfBlock b) => Digits().Replace(b.Lines[0].Text, "#");
        var pages = layout.Select(b => b.Page).Distinct().Count();
        var repeated = layout.Where(InMargin).GroupBy(Key).Where(g => g.Select(b => b.Page).Distinct().Count() > 1 && pages > 1).Select(g => g.Key).ToHashSet();
        return layout.Where(b => !InMargin(b) || (!PageNumber().IsMatch(b.Lines[0].Text) && !repeated.Contains(Key(b)))).ToList();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:[-–—\s]*\d+[-–—\s]*|第\s*\d+\s*[页頁]|(?:Page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*/\s*\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
