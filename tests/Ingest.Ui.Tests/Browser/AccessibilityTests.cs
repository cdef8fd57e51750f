using System.Text.RegularExpressions;
using Ingest.Ui.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ingest.Ui.Tests.Browser;

/// <summary>Keyboard use, screen-reader structure and a phone-width window.</summary>
public sealed class AccessibilityTests(SamplesSite site)
{
    [Fact]
    public async Task Page_Landmarks_AreLabelledAndCountsAreAnnounced()
    {
        await using var session = await BrowserSession.OpenAsync(site, "landmarks");
        var page = session.Page;
        await page.GotoAsync($"./?q={Uri.EscapeDataString("數字化")}");
        await session.SettledAsync();

        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Search)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Filters" })).ToBeVisibleAsync();
        var status = page.GetByRole(AriaRole.Status);
        await Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(status).ToHaveTextAsync(new Regex(@"^\d+ articles? for “數字化”"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "浙江", Exact = false }).First).ToBeVisibleAsync();
        session.AssertQuiet();
    }

    [Fact]
    public async Task Keyboard_SearchFilterOpenAndBack_WorksWithoutAMouseAndKeepsFocus()
    {
        await using var session = await BrowserSession.OpenAsync(site, "keyboard");
        var page = session.Page;
        await page.GotoAsync("./");
        await session.SettledAsync();

        // The search box has focus on arrival.
        await Expect(page.Locator("#q")).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync("數字化");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("q="));
        await session.SettledAsync();

        var facet = page.Locator("[data-facet='place'] button[data-value='浙江']");
        await facet.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("place="));
        await session.SettledAsync();
        // The facet list was redrawn; focus is on the same facet, now pressed.
        await Expect(facet).ToBeFocusedAsync();
        await Expect(facet).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("Space");
        await Expect(page).Not.ToHaveURLAsync(new Regex("place="));
        await session.SettledAsync();
        await Expect(facet).ToHaveAttributeAsync("aria-pressed", "false");

        var link = page.Locator($"li.hit[data-document-id='{SamplesSite.SeedDocument}'] .hit-title a");
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await session.SettledAsync();
        await Expect(page.Locator("#doc-title")).ToBeFocusedAsync();
        await session.ScreenshotAsync("article-focused");

        // Back to the results by keyboard: focus returns to the article's result.
        await page.Locator(".back-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).Not.ToHaveURLAsync(new Regex("document="));
        await session.SettledAsync();
        await Expect(link).ToBeFocusedAsync();
        session.AssertQuiet();
    }

    [Fact]
    public async Task PhoneWidth_ResultsAndArticle_FitWithoutSidewaysScrolling()
    {
        await using var session = await BrowserSession.OpenAsync(site, "phone", width: 390, height: 844);
        var page = session.Page;
        await page.GotoAsync($"./?q={Uri.EscapeDataString("數字化")}");
        await session.SettledAsync();
        await Expect(page.Locator("li.hit").First).ToBeVisibleAsync();
        Assert.Empty(await WiderThanWindowAsync(page));
        // On a phone the filters are folded above the results, which come first.
        var zhejiang = page.Locator("[data-facet='place'] button[data-value='浙江']");
        await Expect(zhejiang).ToBeHiddenAsync();
        await session.ScreenshotAsync("results");

        await page.GetByText("Filters", new() { Exact = true }).ClickAsync();
        await Expect(zhejiang).ToBeVisibleAsync();
        Assert.Empty(await WiderThanWindowAsync(page));
        await session.ScreenshotAsync("filters-open");

        await page.Locator($"li.hit[data-document-id='{SamplesSite.SeedDocument}'] .hit-title a").ClickAsync();
        await session.SettledAsync();
        await Expect(page.Locator("#doc-title")).ToBeVisibleAsync();
        Assert.Empty(await WiderThanWindowAsync(page));
        await session.ScreenshotAsync("article");
        session.AssertQuiet();
    }

    /// <summary>Elements that reach past the right edge of the window (empty when the page does not scroll sideways).</summary>
    private static async Task<string[]> WiderThanWindowAsync(IPage page) => await page.EvaluateAsync<string[]>(
        """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .map(e => `${e.localName}.${e.className}: right ${Math.round(e.getBoundingClientRect().right)} > ${width}`)
            .slice(0, 10);
        }
        """);
}
