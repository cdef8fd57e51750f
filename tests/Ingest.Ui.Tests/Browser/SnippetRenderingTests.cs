using System.Text.Json;
using Ingest.Ui.Tests.Support;

namespace Ingest.Ui.Tests.Browser;

/// <summary>
/// The page's snippet renderer (ui/snippet.js) run in the browser on snippets the API could send:
/// only its own &lt;em&gt; becomes markup, everything else ends up as text.
/// </summary>
public sealed class SnippetRenderingTests(SamplesSite site)
{
    [Theory]
    [InlineData("Text &lt;b&gt;bold&lt;/b&gt; and <em>數字化</em>", "Text <b>bold</b> and 數字化", 1)]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>", 0)]
    [InlineData("&amp;lt;em&amp;gt; stays &amp;amp;", "&lt;em&gt; stays &amp;", 0)]
    [InlineData("<em>a</em><img src=x onerror=alert(1)>", "a<img src=x onerror=alert(1)>", 1)]
    [InlineData("&quot;&#39;&apos;&#25976;&#x5B57;化", "\"''數字化", 0)]
    [InlineData("bad &#0; &#xD800; &#1114112; &nbsp;", "bad \uFFFD \uFFFD \uFFFD &nbsp;", 0)]
    [InlineData("<em>open <em>twice</em> then</em> text", "open twice then text", 1)]
    public async Task RenderSnippet_ApiSnippet_BuildsTextAndOnlyEmElements(string snippet, string expectedText, int expectedEms)
    {
        await using var session = await BrowserSession.OpenAsync(site, "snippet");
        await session.Page.GotoAsync("./");
        await session.SettledAsync();

        var result = await session.Page.EvaluateAsync<JsonElement>(
            """
            async (snippet) => {
              const { renderSnippet } = await import(new URL('ui/snippet.js', document.baseURI).href);
              const host = document.createElement('p');
              host.append(renderSnippet(snippet));
              return {
                text: host.textContent,
                ems: host.querySelectorAll('em').length,
                elements: [...host.querySelectorAll('*')].map(e => e.localName),
              };
            }
            """,
            snippet);

        Assert.Equal(expectedText, result.GetProperty("text").GetString());
        Assert.Equal(expectedEms, result.GetProperty("ems").GetInt32());
        Assert.All(result.GetProperty("elements").EnumerateArray(), e => Assert.Equal("em", e.GetString()));
        session.AssertQuiet();
    }
}
