using System.Text.RegularExpressions;
using Ingest.Ui.Tests.Support;

namespace Ingest.Ui.Tests.Endpoint;

/// <summary>
/// Rules the page's files keep so that the policy holds and both mounts work: no inline script or
/// style, only relative URLs, nothing fetched from elsewhere, and no HTML-string sinks in scripts.
/// </summary>
public sealed partial class PageSourceTests(SamplesSite site)
{
    private static readonly string[] Scripts = ["app.js", "api.js", "dom.js", "document-view.js", "facets.js", "labels.js", "marks.js", "results.js", "snippet.js", "state.js"];

    [Fact]
    public async Task Page_Markup_HasOnlyExternalScriptsAndNoInlineStyleOrHandlers()
    {
        var html = await site.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s =>
        {
            Assert.Matches(@"\ssrc=""[^""]+""", s.Groups["open"].Value);
            Assert.Matches(@"^\s*$", s.Groups["body"].Value);
        });
        Assert.DoesNotMatch(@"<style[\s>]", html);
        Assert.DoesNotMatch(@"\sstyle\s*=", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task Page_Urls_AreAllRelative()
    {
        var html = await site.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var urls = UrlAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.DoesNotMatch("^(/|[a-z][a-z0-9+.-]*:)", url));
    }

    [Fact]
    public async Task Scripts_Source_HaveNoHtmlStringSinksOrRemoteUrls()
    {
        foreach (var name in Scripts)
        {
            var source = await site.Client.GetStringAsync($"/ui/{name}", TestContext.Current.CancellationToken);

            Assert.DoesNotMatch(@"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(", source);
            Assert.DoesNotMatch(@"https?://", source);
        }
    }

    [GeneratedRegex("""(?<open><script\b[^>]*)>(?<body>[\s\S]*?)</script>""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\s(?:src|href)=""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();
}
