using Ingest.Pipeline.Extraction;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Reads the structure of an article from its lines: the title, a repeated title, the byline and
/// datelines under it, section headings, and the trailer lines at the end. Plain text marks none
/// of this, so line shapes decide; formats with markup keep their own titles and headings.
/// </summary>
internal static class StructureReader
{
    private const int MaxTrailerLines = 6;
    private const int MaxHeaderLines = 4;

    /// <summary>
    /// Drops blocks of script code that a scraped page left in the text (widget loaders, ad
    /// scripts), with a warning: runs of code-shaped ASCII lines holding at least one unmistakable
    /// line of code. A single code-like line inside prose stays.
    /// </summary>
    public static void DropCode(List<Line> lines, List<string> warnings)
    {
        var dropped = 0;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind != BlockKind.Paragraph || !LineShapes.IsCodeLike(lines[i].Text))
            {
                i++;
                continue;
            }

            var end = i;
            var strong = false;
            while (end < lines.Count && lines[end].Kind == BlockKind.Paragraph && LineShapes.IsCodeLike(lines[end].Text))
            {
                strong |= LineShapes.IsCode(lines[end].Text);
                end++;
            }

            if (strong && (end - i >= 2 || end == lines.Count))
            {
                lines.RemoveRange(i, end - i);
                dropped += end - i;
            }
            else
            {
                i = end;
            }
        }

        if (dropped > 0)
        {
            warnings.Add($"Dropped {dropped} line(s) of script code left over from a web page.");
        }
    }

    public static void ClassifyTrailer(List<Line> lines, Facts facts)
    {
        for (var i = lines.Count - 1; i >= Math.Max(1, lines.Count - MaxTrailerLines); i--)
        {
            var line = lines[i].Text;
            if (lines[i].Kind != BlockKind.Paragraph || !LineShapes.IsTrailer(line))
            {
                break;
            }

            lines[i] = new Line(BlockKind.Trailer, line, 0);
            facts.Editor ??= LineShapes.TryEditor(line);
            facts.Contributor ??= LineShapes.TryContributor(line);
            facts.Source ??= LineShapes.TrySource(line);
            facts.PublishedAt ??= DateParsing.FindDate(line);
        }
    }

    public static void ClassifyTop(List<Line> lines, Facts facts, bool marked, List<string> warnings)
    {
        if (lines.Count == 0) return;
        if (!marked && lines.Count > 1 && lines[0].Kind == BlockKind.Paragraph && LineShapes.TryByline(lines[0].Text) is null
            && LineShapes.IsTitleShape(lines[0].Text) && !LineShapes.IsDateline(lines[0].Text))
        {
            lines[0] = new Line(BlockKind.Title, lines[0].Text, 1);
        }

        var index = 0;
        while (index < lines.Count && lines[index].Kind == BlockKind.Title) index++;

        // "Then first heading": an untitled document that opens with a heading is titled by it.
        if (index == 0 && lines[0].Kind == BlockKind.Heading && lines.Count > 1)
        {
            lines[0] = new Line(BlockKind.Title, lines[0].Text, 1);
            index = 1;
        }

        if (index > 0)
        {
            DropRepeatedTitle(lines, lines[index - 1].Text, index, warnings);
        }

        // Bylines and datelines stand right under the title (or first, when there is none).
        for (var read = 0; read < MaxHeaderLines && index < lines.Count - 1 && lines[index].Kind == BlockKind.Paragraph; read++, index++)
        {
            var text = lines[index].Text;
            if (facts.Author is null && LineShapes.TryByline(text) is { } author)
            {
                lines[index] = new Line(BlockKind.Byline, text, 0);
                facts.Author = author;
                facts.PublishedAt ??= DateParsing.FindDate(text);
            }
            else if (LineShapes.IsDateline(text))
            {
                lines[index] = new Line(BlockKind.Dateline, text, 0);
                facts.Source ??= LineShapes.TryDatelineSource(text);
                facts.PublishedAt ??= DateParsing.FindDate(text);
            }
            else
            {
                break;
            }
        }

        ReadLead(lines, facts);
    }

    public static void ClassifyHeadings(List<Line> lines)
    {
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var (kind, text, _) = lines[i];
            var next = lines[i + 1];
            if (kind == BlockKind.Paragraph && next.Kind == BlockKind.Paragraph && LineShapes.IsHeadingShape(text)
                && next.Text.Length > text.Length * 2)
            {
                lines[i] = new Line(BlockKind.Heading, text, 2);
            }
        }
    }

    /// <summary>
    /// Scraped pages often repeat the title as the first line of the body, sometimes broken over
    /// two lines. The copy says nothing new and would become a heading or the lead, so it goes.
    /// </summary>
    private static void DropRepeatedTitle(List<Line> lines, string title, int index, List<string> warnings)
    {
        var compactTitle = Compact(title);
        var joined = string.Empty;
        for (var end = index; end < Math.Min(lines.Count - 1, index + 3) && lines[end].Kind == BlockKind.Paragraph; end++)
        {
            joined += Compact(lines[end].Text);
            if (!compactTitle.StartsWith(joined, StringComparison.Ordinal)) return;
            if (joined.Length == compactTitle.Length)
            {
                lines.RemoveRange(index, end - index + 1);
                warnings.Add("Dropped a repetition of the title at the top of the body.");
                return;
            }
        }
    }

    /// <summary>The lead paragraph's credit (【財訊快報／江文勝】) and dateline (SHENZHEN, November 7, 2023 - ).</summary>
    private static void ReadLead(List<Line> lines, Facts facts)
    {
        var lead = lines.FirstOrDefault(l => l.Kind == BlockKind.Paragraph);
        if (lead is null) return;
        if (LineShapes.TryBracketCredit(lead.Text) is { } credit)
        {
            facts.Source ??= credit.Source;
            facts.Author ??= credit.Author;
        }

        var dash = lead.Text.AsSpan(0, Math.Min(lead.Text.Length, 80)).IndexOfAny("-–—");
        if (dash > 0 && lead.Text.AsSpan(0, dash).ContainsAny("0123456789"))
        {
            facts.PublishedAt ??= DateParsing.FindDate(lead.Text[..dash]);
        }
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
