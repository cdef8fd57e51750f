using Ingest.Pipeline.Tagging.Themes;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Ui;

/// <summary>
/// The search page and its assets: the page at the mount point (<c>/</c> on the local host,
/// <c>/api/ui</c> in the Functions app) and its files below it (<c>/ui/app.js</c>,
/// <c>/api/ui/app.js</c>). The page refers to its files and to the API by relative URLs, so the
/// same bytes work under both mounts.
/// </summary>
public sealed class UiEndpoint(Taxonomy taxonomy)
{
    private readonly Lazy<UiAsset> _themes = new(() => UiThemeLabels.Build(taxonomy));

    /// <param name="request">The request, for its path and its <c>If-None-Match</c> header.</param>
    /// <param name="path">The asset below the mount point; empty or null for the page itself.</param>
    public IResult Handle(HttpRequest request, string? path = null)
    {
        if (string.IsNullOrEmpty(path))
        {
            var requested = request.Path.Value ?? string.Empty;
            if (requested.Length > 1 && requested.EndsWith('/'))
            {
                // From /api/ui/ the page's relative "ui/app.js" would resolve to /api/ui/ui/app.js.
                return Results.Redirect($"{request.PathBase}{requested.TrimEnd('/')}{request.QueryString}");
            }

            return new UiAssetResult(UiAssets.Page, isPage: true);
        }

        if (path == UiThemeLabels.AssetName)
        {
            return new UiAssetResult(_themes.Value, isPage: false);
        }

        return UiAssets.Find(path) is { } asset && asset.Name != UiAssets.PageName
            ? new UiAssetResult(asset, isPage: false)
            : Results.NotFound();
    }
}
