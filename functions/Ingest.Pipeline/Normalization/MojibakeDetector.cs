using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Finds garbled spans: replacement characters, question marks standing inside Chinese text, and
/// runs of characters that legacy Chinese text decoded one byte out of step produces (rare Han
/// characters, bopomofo, box-drawing, stray Latin letters between Han characters).
/// </summary>
public static class MojibakeDetector
{
    private const int MaxGap = 4;

    public static IReadOnlyList<MojibakeSpan> Detect(string text)
    {
        var spans = new List<MojibakeSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (Suspicion(text, i) == 0)
            {
                i++;
                continue;
            }

            // Grow a span while suspicious characters keep coming within a short gap.
            var start = i;
            var end = i + 1;
            double weight = Suspicion(text, i);
            var hasHardEvidence = IsHardEvidence(text, i);
            var j = i + 1;
            while (j < text.Length && j - end < MaxGap && text[j] != '\n')
            {
                var s = Suspicion(text, j);
                if (s > 0)
                {
                    weight += s;
                    end = j + 1;
                    hasHardEvidence |= IsHardEvidence(text, j);
                }

                j++;
            }

            var length = end - start;
            var density = weight / length;
            if ((hasHardEvidence && weight >= 2) || (weight >= 4 && density >= 0.5))
            {
                var confidence = Math.Round(Math.Min(0.99, 0.4 + density * 0.3 + (hasHardEvidence ? 0.25 : 0) + Math.Min(weight, 10) * 0.02), 2);
                var evidence = text.AsSpan(start, length).Contains('\uFFFD') ? "replacement-char"
                    : hasHardEvidence ? "question-mark-in-cjk" : "rare-char-run";
                spans.Add(new MojibakeSpan(start, length, text.Substring(start, length), confidence, evidence));
            }

            i = end;
        }

        return spans;
    }

    /// <summary>How strongly one character suggests garbling: 0 (ordinary) to 1.</summary>
    private static double Suspicion(string text, int i)
    {
        var c = text[i];
        if (c >= '\u4E00' && c <= '\u9FFF' && CommonHanzi.Contains(c))
        {
            return 0; // the common case, decided first
        }

        if (c == '\uFFFD')
        {
            return 1;
        }

        if (c == '?' && NearCjk(text, i))
        {
            return 1;
        }

        if (IsBopomofo(c))
        {
            // Taiwanese text spells words in bopomofo (ㄍㄧㄥ, ㄅㄆㄇ): a run of them is writing, a lone one is noise.
            return IsBopomofoWord(text, i) ? 0 : 1;
        }

        if (c is >= '\u2500' and <= '\u257F' or >= '\uE000' and <= '\uF8FF')
        {
            return 1; // box drawing, private use: never in ordinary Chinese prose
        }

        if (CjkChars.IsHan(c) && !CommonHanzi.Contains(c))
        {
            return 0.8;
        }

        if (IsGbkSymbolRowLetter(c) && NearCjk(text, i))
        {
            // GBK rows A4-A8 hold kana, Greek, Cyrillic and accented pinyin letters: shifted GBK
            // lands on them often, Chinese prose seldom uses them between Han characters.
            return 0.8;
        }

        if (c is > ' ' and < '\u007F' && !char.IsAsciiDigit(c) && i > 0 && i + 1 < text.Length
            && (CjkChars.IsHan(text[i - 1]) || text[i - 1] == '?') && (CjkChars.IsHan(text[i + 1]) || CjkChars.IsCjkPunctuation(text[i + 1]) || (char.IsAsciiLetter(c) && text[i + 1] is ',' or '.' or ';' or ':')))
        {
            return 0.8; // a lone Latin letter or ASCII sign inside Chinese text
        }

        return 0;
    }

    private static bool IsHardEvidence(string text, int i) =>
        text[i] == '\uFFFD' || (text[i] == '?' && NearCjk(text, i)) || (IsBopomofo(text[i]) && !IsBopomofoWord(text, i)) || text[i] is >= '\u2500' and <= '\u257F';

    private static bool IsGbkSymbolRowLetter(char c) =>
        c is >= '\u0391' and <= '\u03C9' or >= '\u0401' and <= '\u0451' or >= '\u3041' and <= '\u30F6'
            or 'ā' or 'á' or 'ǎ' or 'à' or 'ē' or 'é' or 'ě' or 'è' or 'ī' or 'í' or 'ǐ' or 'ì' or 'ō' or 'ó' or 'ǒ' or 'ò' or 'ū' or 'ú' or 'ǔ' or 'ù' or 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' or 'ü';

    private static bool IsBopomofo(char c) => c is >= '\u3100' and <= '\u312F' or >= '\u31A0' and <= '\u31BF';

    private static bool IsBopomofoWord(string text, int i) =>
        (i > 0 && (IsBopomofo(text[i - 1]) || text[i - 1] is 'ˊ' or 'ˇ' or 'ˋ' or '˙'))
        || (i + 1 < text.Length && (IsBopomofo(text[i + 1]) || text[i + 1] is 'ˊ' or 'ˇ' or 'ˋ' or '˙'));

    private static bool NearCjk(string text, int i) =>
        (i > 0 && (CjkChars.IsHan(text[i - 1]) || CjkChars.IsCjkPunctuation(text[i - 1])))
        || (i + 1 < text.Length && (CjkChars.IsHan(text[i + 1]) || CjkChars.IsCjkPunctuation(text[i + 1]) || text[i + 1] == '?'));
}
