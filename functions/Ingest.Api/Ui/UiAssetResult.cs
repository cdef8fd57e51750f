using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Ui;

/// <summary>
/// Writes one page asset. Written by hand rather than with <c>Results.Bytes</c> because the page
/// needs its security headers on the 304 as well as the 200, and the rule for both is a few lines.
/// </summary>
internal sealed class UiAssetResult(UiAsset asset, bool isPage) : IResult
{
    /// <summary>
    /// Scripts, styles and requests only from this origin; no inline script or style. Trusted Types
    /// with no policies makes any HTML-string sink (<c>innerHTML</c> and the like) throw, so article
    /// text can only reach the page as text.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; " +
        "require-trusted-types-for 'script'; trusted-types 'none'";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        // Revalidate on every load: the ETag makes that a 304, and a new build is seen at once.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        if (isPage)
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            // The page URL can carry a function key (code=...); keep it out of Referer headers.
            response.Headers["Referrer-Policy"] = "no-referrer";
        }

        if (httpContext.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == asset.ETag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        await response.Body.WriteAsync(asset.Content, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
