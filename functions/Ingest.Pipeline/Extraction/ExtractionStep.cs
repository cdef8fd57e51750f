using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// The extraction stage: checks the limits, detects the format and hands the bytes to the reader
/// of that format. Every failure comes out as a <see cref="DocumentRejectedException"/> with a
/// reason code; only cancellation escapes as itself.
/// </summary>
public sealed class ExtractionStep(IEnumerable<IFormatExtractor> extractors, IOptions<ExtractionOptions> options)
{
    /// <summary>Bumped whenever a change here changes what extraction produces for the same bytes.</summary>
    public const int Version = 2;

    private readonly Dictionary<DocumentFormat, IFormatExtractor> _extractors = extractors.ToDictionary(e => e.Format);

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var bytes = document.Content.Span;
        if (bytes.Length > options.Value.MaxFileBytes)
        {
            throw new DocumentRejectedException(FailureReason.TooLarge,
                $"The file is {bytes.Length:N0} bytes; the limit is {options.Value.MaxFileBytes:N0} bytes (Ingest:Extraction:MaxFileBytes). Split it or raise the limit.");
        }

        if (IsBlank(bytes))
        {
            throw new DocumentRejectedException(FailureReason.Empty, "The file is empty or holds only whitespace. Check that the upload finished and drop the file in again.");
        }

        var format = FormatDetector.Detect(document.Path, bytes[..Math.Min(bytes.Length, 4096)]);
        if (!_extractors.TryGetValue(format, out var extractor))
        {
            throw new DocumentRejectedException(FailureReason.UnsupportedFormat, $"The file is {format} and this installation has no reader for it.");
        }

        ExtractedDocument extracted;
        try
        {
            extracted = extractor.Extract(document, cancellationToken);
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new DocumentRejectedException(FailureReason.ResourceLimit, $"The {format} file is nested too deeply to read safely.", ex);
        }
        catch (Exception ex) when (ex is not DocumentRejectedException and not OperationCanceledException)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt, $"The {format} file could not be read: {ex.Message}", ex);
        }

        if (extracted.Blocks.All(b => string.IsNullOrWhiteSpace(b.Text)))
        {
            // A text file of Unicode spaces is as empty as one of ASCII spaces; a structured file without text is another matter.
            throw format is DocumentFormat.PlainText or DocumentFormat.Markdown
                ? new DocumentRejectedException(FailureReason.Empty, "The file holds only whitespace.")
                : new DocumentRejectedException(FailureReason.NoText, $"The {format} file holds no text to index (only markup, images or empty fields).");
        }

        return extracted with { Metadata = extracted.Metadata.OverrideWith(document.Overrides) };
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF or 0xFF or 0xFE or 0))
            {
                return false;
            }
        }

        return true;
    }
}
