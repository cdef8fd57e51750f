using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// PDF through PdfPig: letters are grouped into words, lines and blocks (Docstrum), the blocks put
/// in reading order, and each block's lines joined back into paragraphs (Chinese without spaces,
/// Latin with de-hyphenation). Larger type marks the title and headings; page numbers and running
/// heads are dropped; a paragraph cut by a page break is joined again. Title, author and date come
/// from the document information dictionary when it holds something better than a file name.
/// </summary>
internal sealed class PdfExtractor : IFormatExtractor
{
    public DocumentFormat Format => DocumentFormat.Pdf;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var bytes = document.Content;
        if (!EndsWithEofMarker(bytes.Span))
        {
            throw new DocumentRejectedException(FailureReason.Corrupt,
                "The PDF is truncated: it has no %%EOF marker at its end. The upload or copy was probably cut short; copy the file again.");
        }

        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentRejectedException(FailureReason.Encrypted,
                "The PDF is password-protected. Save an unprotected copy (print to PDF, or remove the password in the PDF editor) and drop it in again.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An encryption dictionary the reader could not get past is a protection problem, not damage.
            if (bytes.Span.IndexOf("/Encrypt"u8) >= 0)
            {
                throw new DocumentRejectedException(FailureReason.Encrypted,
                    $"The PDF is encrypted and cannot be opened ({ex.Message}). Save an unprotected copy and drop it in again.", ex);
            }

            throw new DocumentRejectedException(FailureReason.Corrupt, $"The PDF cannot be read ({ex.Message}); it is damaged. Export it again and drop it in again.", ex);
        }

        using (pdf)
        {
            var layout = new List<PdfBlock>();
            var warnings = new List<string>();
            var emptyPages = 0;
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Page page;
                try
                {
                    page = pdf.GetPage(number);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new DocumentRejectedException(FailureReason.Corrupt, $"Page {number} of the PDF cannot be read ({ex.Message}); the file is damaged.", ex);
                }

                var before = layout.Count;
                ReadPage(page, number, layout);
                if (layout.Count == before) emptyPages++;
            }

            if (emptyPages == pdf.NumberOfPages)
            {
                throw new DocumentRejectedException(FailureReason.NoText,
                    "The PDF has no text layer (it is probably a scan of paper). Run OCR on it (for example save it as searchable PDF) and drop it in again.");
            }

            if (emptyPages > 0)
            {
                warnings.Add($"{emptyPages} of {pdf.NumberOfPages} pages have no text layer (scanned images?); their content is missing.");
            }

            var blocks = PdfLayout.ToTextBlocks(layout);
            var info = pdf.Information;
            var metadata = new DocumentMetadata
            {
                Title = UsefulTitle(info.Title),
                Author = string.IsNullOrWhiteSpace(info.Author) ? null : info.Author.Trim(),
                PublishedAt = TryCreated(info),
            };
            return new ExtractedDocument { Format = Format, Blocks = blocks, Metadata = metadata, HasMarkedStructure = true, Warnings = warnings };
        }
    }

    private static void ReadPage(Page page, int number, List<PdfBlock> layout)
    {
        var letters = page.Letters;
        if (letters.Count == 0) return;
        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters);
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder))
        {
            // Segmentation sometimes keeps a title or heading in one block with the text under it;
            // a change of type size starts a block of its own.
            var lines = new List<PdfLine>();
            foreach (var line in block.TextLines)
            {
                var text = line.Text.Trim();
                if (text.Length == 0) continue;
                var size = line.Words.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Average();
                if (lines.Count > 0 && Math.Abs(size - lines[^1].Size) > lines[^1].Size * 0.1)
                {
                    layout.Add(ToBlock(number, lines, page.Height));
                    lines = [];
                }

                var box = line.BoundingBox;
                lines.Add(new PdfLine(text, size, box.Left, box.Right, box.Top, box.Bottom));
            }

            if (lines.Count > 0)
            {
                layout.Add(ToBlock(number, lines, page.Height));
            }
        }
    }

    private static PdfBlock ToBlock(int page, List<PdfLine> lines, double pageHeight) =>
        new(page, lines, lines.Max(l => l.Top), lines.Min(l => l.Bottom), lines.Min(l => l.Left), lines.Max(l => l.Right), pageHeight);

    /// <summary>Looks for %%EOF in the last kilobytes: a truncated upload lacks it.</summary>
    private static bool EndsWithEofMarker(ReadOnlySpan<byte> bytes) => bytes[Math.Max(0, bytes.Length - 4096)..].IndexOf("%%EOF"u8) >= 0;

    /// <summary>Producers often store the file name or a placeholder as the title; those are not titles.</summary>
    private static string? UsefulTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = title.Trim();
        var lower = title.ToLowerInvariant();
        if (lower is "untitled" or "无标题" or "無標題" || lower.StartsWith("microsoft word - ", StringComparison.Ordinal)
            || lower.EndsWith(".doc", StringComparison.Ordinal) || lower.EndsWith(".docx", StringComparison.Ordinal) || lower.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return null;
        }

        return title;
    }

    private static DateOnly? TryCreated(DocumentInformation info)
    {
        try
        {
            return info.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.Date) : null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }
}
