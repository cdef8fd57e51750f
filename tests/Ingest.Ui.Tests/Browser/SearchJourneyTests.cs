using System.Text.RegularExpressions;
using Ingest.Ui.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ingest.Ui.Tests.Browser;

/// <summary>The reader's path through the page: search, narrow by a facet, open an article, go back.</summary>
public sealed class SearchJourneyTests(SamplesSite site)
{
    private const string EncodedQuery = "q=%E6%95%B8%E5%AD%97%E5%8C%96"; // q=數字化
    private const string EncodedZhejiang = "place=%E6%B5%99%E6%B1%9F";   // place=浙江

    [Fact]
    public async Task Page_QueryFacetArticleAndBack_ShowsEachStateAndKeepsTheFilter()
    {
        await using var session = await BrowserSession.OpenAsync(site, "journey");
        var page = session.Page;
        await page.GotoAsync("./");
        await session.SettledAsync();
        await session.ScreenshotAsync("start");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" }).FillAsync("數字化");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(EncodedQuery)));
        await session.SettledAsync();
        var seed = page.Locator($"li.hit[data-document-id='{SamplesSite.SeedDocument}']");
        await Expect(seed).ToBeVisibleAsync();
        await Expect(seed.Locator(".snippet em").Filter(new() { HasText = "數字化" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("for “數字化”");
        var before = await session.CountAsync();
        await session.ScreenshotAsync("results");

        var zhejiang = page.Locator("[data-facet='place'] button[data-value='浙江']");
        await zhejiang.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(EncodedZhejiang)));
        await session.SettledAsync();
        await Expect(page.Locator("#active-filters .chip")).ToHaveTextAsync(new Regex("Place: 浙江"));
        await Expect(zhejiang).ToHaveAttributeAsync("aria-pressed", "true");
        var after = await session.CountAsync();
        Assert.InRange(after, 1, before);
        await Expect(seed).ToBeVisibleAsync();
        await session.ScreenshotAsync("filtered");

        await seed.Locator(".hit-title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"document={SamplesSite.SeedDocument}"));
        await session.SettledAsync();
        await Expect(page.Locator("#doc-title")).ToBeFocusedAsync();
        await Expect(page.Locator(".doc-quality .spans > li")).ToHaveCountAsync(3);
        var markedSpans = await page.Locator("mark.mojibake").EvaluateAllAsync<string[]>("marks => [...new Set(marks.map(m => m.dataset.span))]");
        Assert.Equal(["0", "1", "2"], markedSpans.Order());
        await session.ScreenshotAsync("article", fullPage: true);
        await session.ScreenshotAsync("article-quality", element: page.Locator(".doc-quality"));
        await session.ScreenshotAsync("article-marked-passage", element: page.Locator(".passage").Filter(new() { Has = page.Locator("mark.mojibake") }).First);

        await page.GoBackAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("document="));
        await session.SettledAsync();
        await Expect(page.Locator("#document-view")).ToBeHiddenAsync();
        await Expect(seed.Locator(".hit-title a")).ToBeFocusedAsync();
        await Expect(page.Locator("#active-filters .chip")).ToHaveTextAsync(new Regex("Place: 浙江"));
        Assert.Equal(after, await session.CountAsync());
        await session.ScreenshotAsync("back");
        session.AssertQuiet();
    }

    [Fact]
    public async Task SharedUrl_OpenedDirectly_RunsThatSearchWithItsFilters()
    {
        await using var session = await BrowserSession.OpenAsync(site, "shared-url");
        var page = session.Page;

        await page.GotoAsync($"./?{EncodedQuery}&{EncodedZhejiang}");
        await session.SettledAsync();

        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" })).ToHaveValueAsync("數字化");
        await Expect(page.Locator("#active-filters .chip")).ToHaveTextAsync(new Regex("Place: 浙江"));
        await Expect(page.Locator($"li.hit[data-document-id='{SamplesSite.SeedDocument}']")).ToBeVisibleAsync();
        using var api = System.Text.Json.JsonDocument.Parse(await site.Client.GetStringAsync($"/api/search?{EncodedQuery}&{EncodedZhejiang}", TestContext.Current.CancellationToken));
        Assert.Equal(api.RootElement.GetProperty("count").GetInt64(), await session.CountAsync());
        await session.ScreenshotAsync("opened");

        await page.Locator("#active-filters .chip").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("place="));
        await Expect(page.Locator("#active-filters")).ToBeHiddenAsync();
        session.AssertQuiet();
    }

    [Fact]
    public async Task SharedUrl_WithAnInvalidParameter_ShowsTheApiMessageAtTheForm()
    {
        await using var session = await BrowserSession.OpenAsync(site, "invalid-parameter");
        var page = session.Page;

        await page.GotoAsync($"./?{EncodedQuery}&from=yesterday");
        await session.SettledAsync();

        await Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("from must be a date");
        await Expect(page.Locator("#from")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("li.hit")).ToHaveCountAsync(0);
        Assert.Empty(session.Dialogs);
    }

    [Fact]
    public async Task ModeToggle_Passages_SearchesPassagesAndLinksToThePassage()
    {
        await using var session = await BrowserSession.OpenAsync(site, "passages");
        var page = session.Page;
        await page.GotoAsync($"./?{EncodedQuery}");
        await session.SettledAsync();

        await page.GetByLabel("Passages").CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("mode=chunks"));
        await session.SettledAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("passage");
        var first = page.Locator("li.hit").First;
        var chunkId = await first.GetAttributeAsync("data-chunk-id");
        await session.ScreenshotAsync("passages");

        await first.Locator(".hit-title a").ClickAsync();
        await session.SettledAsync();
        await Expect(page.Locator($"[id='passage-{chunkId}']")).ToBeFocusedAsync();
        session.AssertQuiet();
    }
}
