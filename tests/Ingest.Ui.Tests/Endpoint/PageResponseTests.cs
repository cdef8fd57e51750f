using System.Net;
using System.Text.Json;
using Ingest.Ui.Tests.Support;

namespace Ingest.Ui.Tests.Endpoint;

/// <summary>How the local host serves the page and its files.</summary>
public sealed class PageResponseTests(SamplesSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/ui")]
    public async Task Page_Get_IsHtmlWithAContentSecurityPolicyThatForbidsInlineScript(string path)
    {
        using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/ui/app.js", "text/javascript")]
    [InlineData("/ui/snippet.js", "text/javascript")]
    [InlineData("/ui/app.css", "text/css")]
    [InlineData("/ui/favicon.svg", "image/svg+xml")]
    public async Task Asset_Get_ServedWithItsContentType(string path, string mediaType)
    {
        using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/ui/missing.js")]
    [InlineData("/ui/index.html")]
    [InlineData("/ui/..%2FIngest.Api.dll")]
    [InlineData("/ui/Ingest.Api.Ui.Assets.app.js")]
    [InlineData("/ui/Ingest.Api.OpenApi.openapi.json")]
    public async Task Asset_UnknownName_NotFound(string path)
    {
        using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Asset_IfNoneMatchWithItsETag_NotModified()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await site.Client.GetAsync("/ui/app.js", ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ui/app.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await site.Client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Page_TrailingSlash_RedirectsWithoutItKeepingTheQuery()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };

        using var response = await client.GetAsync("/ui/?q=%E6%95%B8", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ui?q=%E6%95%B8", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ThemeLabels_Get_NamesEachThemeOfTheTaxonomy()
    {
        using var labels = JsonDocument.Parse(await site.Client.GetStringAsync("/ui/themes.json", TestContext.Current.CancellationToken));

        var theme = labels.RootElement.GetProperty("digital-government");
        Assert.Equal("數字政府", theme.GetProperty("zh-Hant").GetString());
        Assert.Equal("数字政府", theme.GetProperty("zh-Hans").GetString());
        Assert.Equal("Digital government", theme.GetProperty("en").GetString());
    }
}
