using System.Text;
using Ingest.Pipeline.Failures;
using UtfUnknown;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Turns bytes into text: byte-order marks first, then strict UTF-8, then UTF-16 without a BOM,
/// then the charset detector (UTF.Unknown) cross-checked by a plausibility score of the decoded
/// text against GB18030 and Big5, because the detector alone misreads short Chinese text.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="DocumentRejectedException"/>.</summary>
    public static (string Text, EncodingReport Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            return (bomEncoding.GetString(bytes[bomLength..]), new EncodingReport(bomEncoding.WebName, 1.0, "bom"));
        }

        if (LooksBinary(bytes, out var utf16))
        {
            if (utf16 is null)
            {
                throw new DocumentRejectedException(FailureReason.Binary, "The file holds binary data (NUL bytes) and is not text in any supported encoding.");
            }

            return (utf16.GetString(bytes), new EncodingReport(utf16.WebName, 0.9, "utf16-pattern"));
        }

        if (IsValidUtf8(bytes, out var text))
        {
            return (text, new EncodingReport("utf-8", 1.0, "utf8-valid"));
        }

        return DecodeLegacy(bytes);
    }

    private static (string, EncodingReport) DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        var array = bytes.ToArray();
        var detected = CharsetDetector.DetectFromBytes(array).Detected;
        var candidates = new List<(Encoding Encoding, double Prior)>
        {
            (Encoding.GetEncoding("gb18030"), 0.5),
            (Encoding.GetEncoding("big5"), 0.5),
        };
        if (detected?.Encoding is { } detectorEncoding && detectorEncoding.CodePage != 65001)
        {
            candidates.Insert(0, (detectorEncoding, detected.Confidence));
        }

        (string Text, Encoding Encoding, double Score, double Prior)? best = null;
        foreach (var (encoding, prior) in candidates)
        {
            var decoded = encoding.GetString(array);
            var score = Plausibility.Score(decoded);
            if (best is null || score > best.Value.Score + 0.02 || (Math.Abs(score - best.Value.Score) <= 0.02 && prior > best.Value.Prior))
            {
                best = (decoded, encoding, score, prior);
            }
        }

        var (bestText, bestEncoding, bestScore, bestPrior) = best!.Value;
        if (bestScore < 0.5)
        {
            throw new DocumentRejectedException(FailureReason.Undecodable,
                $"No supported encoding decodes this file plausibly (best guess {bestEncoding.WebName}, {bestScore:P0} plausible characters). Save it as UTF-8 and drop it in again.");
        }

        var sameAsDetector = detected?.Encoding?.CodePage == bestEncoding.CodePage;
        var method = sameAsDetector ? "detector" : "plausibility";
        var confidence = sameAsDetector ? Math.Max(bestPrior, bestScore) : bestScore;
        return (bestText, new EncodingReport(bestEncoding.WebName, Math.Round(Math.Min(confidence, 1.0), 3), method));
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        (encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding)null!, 0),
        };
        return length > 0;
    }

    /// <summary>NUL bytes mean binary data, unless they fall in the even or odd positions of UTF-16 text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out Encoding? utf16)
    {
        utf16 = null;
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0) evenZeros++; else oddZeros++;
            }
        }

        if (evenZeros + oddZeros == 0)
        {
            return false;
        }

        var half = sample.Length / 2.0;
        if (oddZeros > half * 0.2 && evenZeros < half * 0.02)
        {
            utf16 = Encoding.Unicode; // ASCII-heavy little-endian UTF-16
        }
        else if (evenZeros > half * 0.2 && oddZeros < half * 0.02)
        {
            utf16 = Encoding.BigEndianUnicode;
        }
        else if (sample.Length % 2 == 0 && Plausibility.Score(Encoding.Unicode.GetString(sample)) > 0.9)
        {
            utf16 = Encoding.Unicode; // CJK-heavy UTF-16 has few NULs but reads plausibly
        }

        return true;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
