using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// The normalization stage: re-joins wrapped lines, cleans every block, reads the structure
/// (title, byline, datelines, headings, paragraphs, trailing metadata), lays the blocks out as one
/// text with offsets, detects language and script, and reports garbled spans with the repairs that
/// re-decoding them suggests.
/// </summary>
public sealed class NormalizationStep
{
    /// <summary>Bumped whenever a change here changes what normalization produces for the same input.</summary>
    public const int Version = 2;

    private const int DerivedTitleMaxLength = 40;

    /// <summary>
    /// Normalizes <paramref name="extracted"/>. Only cancellation and <see cref="DocumentRejectedException"/>
    /// leave this method: a defect met on one odd file quarantines that file with a message instead
    /// of failing the batch or being retried forever.
    /// </summary>
    public NormalizedDocument Normalize(SourceDocument source, ExtractedDocument extracted, CancellationToken cancellationToken = default)
    {
        try
        {
            return NormalizeCore(source, extracted, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DocumentRejectedException)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt,
                $"Normalization could not read the structure of this file ({ex.GetType().Name}: {ex.Message}). This is a defect in the pipeline: report it with the file.", ex);
        }
    }

    private static NormalizedDocument NormalizeCore(SourceDocument source, ExtractedDocument extracted, CancellationToken cancellationToken)
    {
        var marked = extracted.HasMarkedStructure;
        var extractedBlocks = marked ? extracted.Blocks : ParagraphJoiner.Join(extracted.Blocks);
        var layoutSpaces = extracted.Format == DocumentFormat.Pdf;
        var lines = new List<Line>(extractedBlocks.Count);
        for (var i = 0; i < extractedBlocks.Count; i++)
        {
            if (i % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            var block = extractedBlocks[i];
            var cleaned = UnicodeCleaner.Clean(block.Text, layoutSpaces);
            if (cleaned.Length == 0) continue;
            var kind = block.Kind switch
            {
                TextBlockKind.Title => BlockKind.Title,
                TextBlockKind.Heading => BlockKind.Heading,
                _ => BlockKind.Paragraph,
            };
            lines.Add(new Line(kind, cleaned, block.Level));
        }

        var warnings = new List<string>(extracted.Warnings);
        var facts = new Facts();
        StructureReader.DropCode(lines, warnings);
        StructureReader.ClassifyTrailer(lines, facts);
        StructureReader.ClassifyTop(lines, facts, marked, warnings);
        if (!marked)
        {
            StructureReader.ClassifyHeadings(lines);
        }

        var (text, blocks, sections) = TextLayout.Build(lines);
        var metadata = extracted.Metadata;
        var titleBlock = blocks.FirstOrDefault(b => b.Kind == BlockKind.Title);
        var title = metadata.Title ?? (titleBlock is null ? null : text.Substring(titleBlock.Start, titleBlock.Length));
        var derived = title is null;
        title ??= DeriveTitle(text, blocks) ?? Path.GetFileNameWithoutExtension(source.Path);

        var script = TextScriptExtensions.FromTag(source.Overrides?.Language) ?? ScriptDetector.Detect(text);
        if (script == TextScript.Unknown)
        {
            script = TextScriptExtensions.FromTag(metadata.Language) ?? TextScript.Unknown;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var spans = MojibakeDetector.Detect(text);
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
            // Repairs are reported, not applied: see MojibakeRepairer for why Text keeps the garbled characters.
            Quality = new QualityReport { MojibakeSpans = spans, Repairs = MojibakeRepairer.Suggest(text, spans), Warnings = warnings },
        };
    }

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
}
