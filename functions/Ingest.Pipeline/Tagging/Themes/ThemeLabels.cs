using System.Text.Json.Serialization;

namespace Ingest.Pipeline.Tagging.Themes;

/// <summary>Display names of a theme.</summary>
public sealed record ThemeLabels
{
    [JsonPropertyName("zh-Hant")] public required string ZhHant { get; init; }
    [JsonPropertyName("zh-Hans")] public required string ZhHans { get; init; }
    [JsonPropertyName("en")] public required string En { get; init; }
}
