namespace Ingest.Pipeline.Normalization;

/// <summary>Language and script of an article, from character statistics.</summary>
public enum TextScript
{
    Unknown,
    /// <summary>Chinese in Traditional characters (BCP 47 <c>zh-Hant</c>).</summary>
    ZhHant,
    /// <summary>Chinese in Simplified characters (<c>zh-Hans</c>).</summary>
    ZhHans,
    /// <summary>English (<c>en</c>).</summary>
    English,
    /// <summary>Substantial Chinese and Latin text together.</summary>
    Mixed,
}
