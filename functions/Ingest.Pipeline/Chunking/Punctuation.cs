using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Chunking;

/// <summary>The punctuation classes that sentence and clause splitting read.</summary>
internal static class Punctuation
{
    /// <summary>
    /// Chinese sentence ends: full stop, exclamation and question marks, semicolon, the ellipsis
    /// (… and the midline ⋯ that Taiwanese text uses) and the half-width ideographic full stop.
    /// </summary>
    public static bool IsCjkSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '…' or '⋯' or '｡';

    /// <summary>Closing quotes and brackets that stay with the sentence end they follow.</summary>
    public static bool IsCloser(char c) =>
        c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '〉' or '】' or '〕' or '］' or ']' or '｝' or '}' or '"' or '\'' or '»' or '›';

    /// <summary>Marks that continue a sentence: when one follows a sentence end, the sentence goes on (“好！”，他说).</summary>
    public static bool IsContinuation(char c) => c is '，' or '、' or ',' or '：' or ':' or '；' or ';';

    /// <summary>Clause punctuation at which an over-long sentence is cut first.</summary>
    public static bool IsClauseMark(char c) => c is '，' or '：' or '；' or ',' or ':' or ';';

    /// <summary>The enumeration comma: a weaker cut, tried when no clause mark is in reach.</summary>
    public static bool IsEnumerationMark(char c) => c == '、';

    /// <summary>Characters after which a Latin sentence end is a boundary even without a space: a Chinese sentence follows.</summary>
    public static bool StartsCjk(char c) => CjkChars.IsHan(c) || (CjkChars.IsCjkPunctuation(c) && !IsContinuation(c));
}
