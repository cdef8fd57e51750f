namespace Ingest.Pipeline.Normalization;

public static class TextScriptExtensions
{
    /// <summary>The BCP 47 tag used in the API, the index and <c>ingest inspect --json</c>.</summary>
    public static string ToTag(this TextScript script) => script switch
    {
        TextScript.ZhHant => "zh-Hant",
        TextScript.ZhHans => "zh-Hans",
        TextScript.English => "en",
        TextScript.Mixed => "mixed",
        _ => "und",
    };

    public static TextScript? FromTag(string? tag) => tag?.Trim().ToLowerInvariant() switch
    {
        "zh-hant" or "zh-tw" or "zh-hk" => TextScript.ZhHant,
        "zh-hans" or "zh-cn" or "zh" => TextScript.ZhHans,
        "en" or "en-us" or "en-gb" => TextScript.English,
        "mixed" => TextScript.Mixed,
        _ => null,
    };
}
