namespace Ingest.Pipeline.Text;

/// <summary>
/// Character classes for Chinese text. Works on single UTF-16 code units: ideographs outside the
/// Basic Multilingual Plane (Extension B and later) arrive as surrogate pairs and are not reported
/// as Han, which is acceptable because news text almost never uses them.
/// </summary>
public static class CjkChars
{
    // Text with both kinds of telling characters is only called one script when that kind
    // outnumbers the other by this factor: the first-candidate tables contain characters that are
    // also valid in the other script (乾 in 乾坤, 著 in 著作), so a few stray hits are expected.
    private const int ClearMajority = 3;

    /// <summary>CJK Unified Ideographs, Extension A, and the CJK Compatibility Ideographs block.</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\uF900' and <= '\uFAFF');

    /// <summary>
    /// CJK Symbols and Punctuation (U+3000–U+303F, incl. 《》「」『』、。), full-width ASCII punctuation,
    /// half-width CJK punctuation, vertical and compatibility forms, and the general punctuation that
    /// Chinese typesetting uses (“”‘’…—―·).
    /// </summary>
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F')
            or (>= '\uFF01' and <= '\uFF0F')
            or (>= '\uFF1A' and <= '\uFF20')
            or (>= '\uFF3B' and <= '\uFF40')
            or (>= '\uFF5B' and <= '\uFF65')
            or (>= '\uFE10' and <= '\uFE1F')
            or (>= '\uFE30' and <= '\uFE4F')
            or '\u2014' or '\u2015' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u00B7' or '\u2027';

    /// <summary>
    /// Counts characters that only Traditional text uses (the Traditional→Simplified table changes
    /// them and the reverse table does not) against those only Simplified text uses, and names the
    /// script that clearly dominates.
    /// </summary>
    public static ChineseScript DetectScript(ReadOnlySpan<char> text)
    {
        var toSimplified = ScriptTables.TraditionalToSimplified;
        var toTraditional = ScriptTables.SimplifiedToTraditional;
        int han = 0, traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (!IsHan(c))
            {
                continue;
            }

            han++;

            // Compatibility ideographs come from legacy encodings rather than from either script.
            if (c >= '\uF900')
            {
                continue;
            }

            var isTraditional = toSimplified.Changes(c);
            var isSimplified = toTraditional.Changes(c);
            if (isTraditional && !isSimplified)
            {
                traditional++;
            }
            else if (isSimplified && !isTraditional)
            {
                simplified++;
            }
        }

        if (han == 0)
        {
            return ChineseScript.None;
        }

        if (traditional > 0 && traditional >= ClearMajority * simplified)
        {
            return ChineseScript.Traditional;
        }

        if (simplified > 0 && simplified >= ClearMajority * traditional)
        {
            return ChineseScript.Simplified;
        }

        return ChineseScript.Ambiguous;
    }
}
