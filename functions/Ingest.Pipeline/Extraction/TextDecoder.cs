using System.Text;
using Ingest.Pipeline.Failures;
using UtfUnknown;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Turns bytes into text: byte-order marks first, then strict UTF-8, then UTF-16 without a BOM,
/// then legacy Chinese code pages. For those the charset detector (UTF.Unknown) proposes an
/// encoding with a confidence, and a plausibility score of the decoded text (common characters
/// against replacement characters, control codes and rare characters) can overrule a guess the
/// detector is not sure of, because the detector alone misreads short Chinese text (GB2312 as
/// EUC-JP, GBK as Big5). Only a sample is decoded per candidate, so a large file is decoded once.
/// </summary>
public static class TextDecoder
{
    /// <summary>Bytes each candidate encoding is scored on; the winner decodes the whole file.</summary>
    private const int SampleBytes = 256 * 1024;

    /// <summary>Below this share of plausible characters no encoding is accepted.</summary>
    private const double MinimumPlausibility = 0.6;

    /// <summary>A detector guess at least this sure stands unless another encoding reads clearly better.</summary>
    private const double ConfidentDetector = 0.9;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="DocumentRejectedException"/>.</summary>
    public static (string Text, EncodingReport Encoding) Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, declaredCharset: null);

    /// <summary>
    /// Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> (an HTML meta charset or a
    /// content-type parameter) is tried first among the legacy encodings, but never trusted over a BOM
    /// or over valid UTF-8, and only kept when it decodes plausibly.
    /// </summary>
    public static (string Text, EncodingReport Encoding) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            return (bomEncoding.GetString(bytes[bomLength..]), new EncodingReport(bomEncoding.WebName, 1.0, "bom"));
        }

        if (HasNulBytes(bytes))
        {
            var utf16 = DetectUtf16(bytes) ?? throw new DocumentRejectedException(FailureReason.Binary,
                "The file holds binary data (NUL bytes) and is not text in any supported encoding. If it is a document, save it as .txt (UTF-8), .docx or .pdf.");
            return (utf16.Encoding.GetString(bytes), new EncodingReport(utf16.Encoding.WebName, utf16.Confidence, "utf16-pattern"));
        }

        // Valid UTF-8 is almost never legacy text by accident once it holds multi-byte sequences,
        // and pure ASCII reads the same in every candidate; so validity alone decides.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Utf8.GetString(bytes), new EncodingReport("utf-8", 1.0, "utf8-valid"));
        }

        if (!bytes.IsEmpty && DetectUtf16(bytes) is { } cjkUtf16)
        {
            return (cjkUtf16.Encoding.GetString(bytes), new EncodingReport(cjkUtf16.Encoding.WebName, cjkUtf16.Confidence, "utf16-pattern"));
        }

        return DecodeLegacy(bytes, declaredCharset);
    }

    /// <summary>The encoding a charset label names, or null when .NET does not know it.</summary>
    internal static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            // Browsers read gb2312 and gbk labels as GBK, and GBK is a subset of GB18030.
            "gb2312" or "gbk" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" => "gb18030",
            "big5-hkscs" or "cp950" or "x-x-big5" => "big5",
            _ => name,
        };
        try
        {
            return WithReplacementChar(Encoding.GetEncoding(name));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (string, EncodingReport) DecodeLegacy(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        var sample = bytes[..SafeSampleLength(bytes)];
        if (ControlByteShare(sample) > 0.02)
        {
            // Text in any encoding we read has next to no C0 control codes; compressed or encrypted data is full of them.
            throw new DocumentRejectedException(FailureReason.Binary,
                "The file holds binary data (control bytes), not text in any supported encoding. If it is a document, save it as .txt (UTF-8), .docx or .pdf.");
        }

        var sampleArray = sample.ToArray();
        var detected = CharsetDetector.DetectFromBytes(sampleArray).Detected;
        var gb18030 = WithReplacementChar(Encoding.GetEncoding("gb18030"));
        var big5 = WithReplacementChar(Encoding.GetEncoding("big5"));

        var candidates = new List<Candidate>();
        if (FromLabel(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            candidates.Add(new Candidate(declared, 0.8, "declared"));
        }

        if (detected?.Encoding is { } detectorEncoding && detectorEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            // GB2312 is a subset of GB18030: score the superset so characters outside GB2312 survive.
            var encoding = detectorEncoding.CodePage is 936 or 20936 or 51936 ? gb18030 : WithReplacementChar(detectorEncoding);
            candidates.Add(new Candidate(encoding, detected.Confidence, "detector"));
        }

        candidates.Add(new Candidate(gb18030, 0.5, "plausibility"));
        candidates.Add(new Candidate(big5, 0.5, "plausibility"));

        Candidate? best = null;
        double bestScore = -1;
        foreach (var candidate in candidates.DistinctBy(c => c.Encoding.CodePage))
        {
            var score = Plausibility.Score(candidate.Encoding.GetString(sampleArray));
            var better = best is null
                || score > bestScore + 0.02
                // Near ties go to the source that knows more: a declaration, then a sure detector.
                || (Math.Abs(score - bestScore) <= 0.02 && candidate.Prior > best.Prior);
            if (better)
            {
                best = candidate;
                bestScore = score;
            }
        }

        if (best is null || bestScore < MinimumPlausibility)
        {
            throw new DocumentRejectedException(FailureReason.Undecodable,
                $"No supported encoding decodes this file plausibly (best guess {best?.Encoding.WebName}, {bestScore:P0} plausible characters). It may be binary data; if it is text, save it as UTF-8 and drop it in again.");
        }

        // A sure detector that reads almost as well as the winner keeps its word; its confidence is reported.
        var detectorCandidate = candidates.FirstOrDefault(c => c.Method == "detector");
        string method;
        double confidence;
        if (detectorCandidate is not null && detectorCandidate.Encoding.CodePage == best.Encoding.CodePage)
        {
            method = "detector";
            confidence = Math.Max(detectorCandidate.Prior, bestScore);
        }
        else if (best.Method == "declared")
        {
            method = "declared";
            confidence = bestScore;
        }
        else
        {
            method = detectorCandidate is null ? "plausibility" : "plausibility-overruled-detector";
            confidence = detectorCandidate is { Prior: >= ConfidentDetector } ? bestScore * 0.8 : bestScore;
        }

        var text = best.Encoding.GetString(bytes);
        return (text, new EncodingReport(best.Encoding.WebName, Math.Round(Math.Min(confidence, 1.0), 3), method));
    }

    /// <summary>
    /// The code-page decoders put '?' for bytes they cannot read; U+FFFD says "unreadable" instead of
    /// passing for a real question mark, both to the plausibility score and to mojibake detection.
    /// </summary>
    private static Encoding WithReplacementChar(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    private static double ControlByteShare(ReadOnlySpan<byte> sample)
    {
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) controls++;
        }

        return sample.IsEmpty ? 0 : (double)controls / sample.Length;
    }

    /// <summary>Cuts the sample before a byte that may be the first half of a two-byte character.</summary>
    private static int SafeSampleLength(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= SampleBytes)
        {
            return bytes.Length;
        }

        var end = SampleBytes;
        while (end > SampleBytes - 64 && bytes[end - 1] >= 0x80)
        {
            end--;
        }

        return end;
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        (encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0x84, 0x31, 0x95, 0x33, ..] => (WithReplacementChar(Encoding.GetEncoding("gb18030")), 4),
            _ => ((Encoding)null!, 0),
        };
        return length > 0;
    }

    private static bool HasNulBytes(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 64 * 1024)].Contains((byte)0);

    /// <summary>
    /// UTF-16 without a BOM: ASCII-heavy text has NULs in every other byte; CJK-heavy text has few
    /// NULs but decodes to plausible text in one byte order and to nonsense in the other.
    /// </summary>
    private static (Encoding Encoding, double Confidence)? DetectUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 64 * 1024) & ~1)];
        if (sample.Length < 2)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0) evenZeros++; else oddZeros++;
            }
        }

        var half = sample.Length / 2.0;
        if (oddZeros > half * 0.2 && evenZeros < half * 0.02)
        {
            return (Encoding.Unicode, 0.95);
        }

        if (evenZeros > half * 0.2 && oddZeros < half * 0.02)
        {
            return (Encoding.BigEndianUnicode, 0.95);
        }

        var little = Plausibility.Score(Encoding.Unicode.GetString(sample));
        var big = Plausibility.Score(Encoding.BigEndianUnicode.GetString(sample));
        if (Math.Max(little, big) > 0.9 && Math.Abs(little - big) > 0.3)
        {
            return little > big ? (Encoding.Unicode, Math.Round(little, 3)) : (Encoding.BigEndianUnicode, Math.Round(big, 3));
        }

        return null;
    }

    private sealed record Candidate(Encoding Encoding, double Prior, string Method);
}
