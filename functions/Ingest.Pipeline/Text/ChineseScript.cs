namespace Ingest.Pipeline.Text;

/// <summary>Which written form of Chinese a piece of text uses, as judged by <see cref="CjkChars.DetectScript"/>.</summary>
public enum ChineseScript
{
    /// <summary>No Han characters at all.</summary>
    None,

    /// <summary>Characters that only exist in Traditional writing clearly dominate.</summary>
    Traditional,

    /// <summary>Characters that only exist in Simplified writing clearly dominate.</summary>
    Simplified,

    /// <summary>Han text without telling characters (many short texts are valid in both), or a real mix.</summary>
    Ambiguous,
}
