using System.Text.RegularExpressions;
using Ingest.Ui.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ingest.Ui.Tests.Browser;

/// <summary>Markup inside articles is text: shown literally, never rendered or run.</summary>
public sealed class UntrustedTextTests(SamplesSite site)
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task InjectionArticle_SearchedAndOpened_ShowsMarkupAsTextAndRunsNothing()
    {
        await using var session = await BrowserSession.OpenAsync(site, "injection");
        var page = session.Page;

        // Passage mode, so that the hit's snippet is the passage that quotes the tag.
        await page.GotoAsync($"./?q={Uri.EscapeDataString("跨站腳本 alert")}&mode=chunks");
        await session.SettledAsync();
        var hits = page.Locator("li.hit").Filter(new() { Has = page.Locator(".hit-meta", new() { HasText = SamplesSite.InjectionPath }) });
        await Expect(hits.First).ToBeVisibleAsync();
        await session.ScreenshotAsync("results");

        await hits.First.Locator(".hit-title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("document="));
        await session.SettledAsync();
        var passages = page.Locator(".doc-passages");
        await Expect(passages).ToContainTextAsync(Script);
        await Expect(passages).ToContainTextAsync("<b>粗體</b>");
        await Expect(passages.GetByText(Script).First).ToBeVisibleAsync();
        await session.ScreenshotAsync("article", fullPage: true);

        Assert.Equal(0, await page.Locator("main script, main b, main img, main iframe").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        session.AssertQuiet();
    }

    [Fact]
    public async Task Snippet_WithTheTagQuoted_ShowsTheTagAsText()
    {
        await using var session = await BrowserSession.OpenAsync(site, "injection-snippet");
        var page = session.Page;

        await page.GotoAsync($"./?q=alert&mode=chunks");
        await session.SettledAsync();
        var snippet = page.Locator("li.hit .snippet").Filter(new() { HasText = "<script>" }).First;
        await Expect(snippet).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#results script, #results b").CountAsync());
        session.AssertQuiet();
    }
}
