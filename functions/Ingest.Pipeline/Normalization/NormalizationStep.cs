using System.Text;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// The normalization stage: cleans every block, reads the structure (title, byline, headings,
/// paragraphs, trailing metadata), lays the blocks out as one text with offsets, detects
/// language and script, and reports garbled spans.
/// </summary>
public sealed class NormalizationStep
{
    /// <summary>Bumped whenever a change here changes what normalization produces for the same input.</summary>
    public const int Version = 1;

    private const int DerivedTitleMaxLength = 40;

    public NormalizedDocument Normalize(SourceDocument source, ExtractedDocument extracted, CancellationToken cancellationToken = default)
    {
        var lines = new List<(BlockKind Kind, string Text, int Level)>();
        foreach (var block in extracted.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cleaned = UnicodeCleaner.Clean(block.Text).Trim();
            if (cleaned.Length == 0) continue;
            var kind = block.Kind switch
            {
                TextBlockKind.Title => BlockKind.Title,
                TextBlockKind.Heading => BlockKind.Heading,
                _ => BlockKind.Paragraph,
            };
            lines.Add((kind, cleaned, block.Level));
        }

        var facts = new Facts();
        ClassifyTrailer(lines, facts);
        ClassifyTop(lines, facts, extracted.HasMarkedStructure);
        if (!extracted.HasMarkedStructure)
        {
            ClassifyHeadings(lines);
        }

        var (text, blocks, sections) = Layout(lines);
        var metadata = extracted.Metadata;
        var titleBlock = blocks.FirstOrDefault(b => b.Kind == BlockKind.Title);
        var title = metadata.Title ?? (titleBlock is null ? null : text.Substring(titleBlock.Start, titleBlock.Length));
        var derived = title is null;
        title ??= DeriveTitle(text, blocks) ?? Path.GetFileNameWithoutExtension(source.Path);

        var script = TextScriptExtensions.FromTag(metadata.Language) ?? ScriptDetector.Detect(text);
        return new NormalizedDocument
        {
            DocumentId = source.DocumentId,
            Path = source.Path,
            Format = extracted.Format,
            Encoding = extracted.Encoding,
            Text = text,
            Blocks = blocks,
            Sections = sections,
            Title = title,
            TitleIsDerived = derived,
            Author = metadata.Author ?? facts.Author,
            Editor = facts.Editor,
            Contributor = facts.Contributor,
            Source = metadata.Source ?? facts.Source,
            PublishedAt = metadata.PublishedAt ?? facts.PublishedAt,
            Script = script,
            Quality = new QualityReport { MojibakeSpans = MojibakeDetector.Detect(text), Warnings = extracted.Warnings },
        };
    }

    private static void ClassifyTrailer(List<(BlockKind Kind, string Text, int Level)> lines, Facts facts)
    {
        for (var i = lines.Count - 1; i >= Math.Max(1, lines.Count - 5); i--)
        {
            var line = lines[i].Text;
            if (lines[i].Kind != BlockKind.Paragraph || !LineShapes.IsTrailer(line))
            {
                break;
            }

            lines[i] = (BlockKind.Trailer, line, 0);
            facts.Editor ??= LineShapes.TryEditor(line);
            facts.Contributor ??= LineShapes.TryContributor(line);
            facts.Source ??= LineShapes.TrySource(line);
            facts.PublishedAt ??= DateParsing.TryParseDate(line);
        }
    }

    private static void ClassifyTop(List<(BlockKind Kind, string Text, int Level)> lines, Facts facts, bool marked)
    {
        if (lines.Count == 0) return;
        var index = 0;
        if (!marked && lines.Count > 1 && lines[0].Kind == BlockKind.Paragraph && LineShapes.TryByline(lines[0].Text) is null
            && lines[0].Text.Length <= 80 && lines[1].Text.Length > 0)
        {
            lines[0] = (BlockKind.Title, lines[0].Text, 1);
        }

        while (index < lines.Count && lines[index].Kind == BlockKind.Title) index++;

        // The byline stands right after the title (or first, when there is none).
        if (index < lines.Count && lines[index].Kind == BlockKind.Paragraph && index + 1 < lines.Count
            && LineShapes.TryByline(lines[index].Text) is { } author)
        {
            lines[index] = (BlockKind.Byline, lines[index].Text, 0);
            facts.Author = author;
        }
    }

    private static void ClassifyHeadings(List<(BlockKind Kind, string Text, int Level)> lines)
    {
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var (kind, text, _) = lines[i];
            var next = lines[i + 1];
            if (kind == BlockKind.Paragraph && next.Kind == BlockKind.Paragraph && LineShapes.IsHeadingShape(text)
                && next.Text.Length > text.Length * 2)
            {
                lines[i] = (BlockKind.Heading, text, 2);
            }
        }
    }

    private static (string Text, List<NormalizedBlock> Blocks, List<Section> Sections) Layout(List<(BlockKind Kind, string Text, int Level)> lines)
    {
        var builder = new StringBuilder();
        var blocks = new List<NormalizedBlock>(lines.Count);
        var sections = new List<Section> { new(0, []) };
        var headingStack = new List<(int Level, string Text)>();
        foreach (var (kind, text, level) in lines)
        {
            if (kind == BlockKind.Heading)
            {
                headingStack.RemoveAll(h => h.Level >= level);
                headingStack.Add((level, text));
                sections.Add(new Section(sections.Count, headingStack.Select(h => h.Text).ToList()));
            }

            if (builder.Length > 0) builder.Append('\n');
            blocks.Add(new NormalizedBlock(kind, builder.Length, text.Length, sections.Count - 1));
            builder.Append(text);
        }

        return (builder.ToString(), blocks, sections);
    }

    /// <summary>The first sentence (or clause) of the first paragraph, shortened to a title's length.</summary>
    private static string? DeriveTitle(string text, List<NormalizedBlock> blocks)
    {
        var first = blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph);
        if (first is null) return null;
        var paragraph = text.AsSpan(first.Start, first.Length);
        var end = paragraph.IndexOfAny("。！？!?；;，,");
        var candidate = end > 0 ? paragraph[..end] : paragraph;
        if (candidate.Length > DerivedTitleMaxLength)
        {
            candidate = candidate[..DerivedTitleMaxLength];
            return candidate.ToString().TrimEnd() + "…";
        }

        return candidate.ToString();
    }

    private sealed class Facts
    {
        public string? Author { get; set; }
        public string? Editor { get; set; }
        public string? Contributor { get; set; }
        public string? Source { get; set; }
        public DateOnly? PublishedAt { get; set; }
    }
}
