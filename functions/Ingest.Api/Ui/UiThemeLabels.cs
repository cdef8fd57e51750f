using System.Text.Json;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Api.Ui;

/// <summary>
/// <c>themes.json</c> for the page: theme id → display names, taken from the running taxonomy so
/// that facets and chips show 數字政府 rather than <c>digital-government</c> without a copy of the
/// labels in the page's script.
/// </summary>
internal static class UiThemeLabels
{
    public const string AssetName = "themes.json";

    public static UiAsset Build(Taxonomy taxonomy)
    {
        var labels = taxonomy.Themes.ToDictionary(t => t.Id, t => t.Labels, StringComparer.Ordinal);
        return UiAssets.Create(AssetName, JsonSerializer.SerializeToUtf8Bytes(labels, ApiJson.Options));
    }
}
