using System.Text.RegularExpressions;
using Ingest.Ui.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Ingest.Ui.Tests.Browser;

/// <summary>The same page bytes under the Functions app's mount, /api/ui.</summary>
public sealed class FunctionsMountTests(SamplesSite site)
{
    [Fact]
    public async Task PageUnderApiUi_SearchAndOpen_LoadsItsFilesAndCallsTheApiBesideIt()
    {
        var browser = site.Browser;
        var ct = TestContext.Current.CancellationToken;
        await using var mount = await FunctionsMount.StartAsync(site.BaseAddress, ct);
        await using var context = await browser.NewContextAsync(new() { BaseURL = mount.BaseAddress.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}");
        };

        // Search and documents are key-protected in the Functions app: the page takes the key from
        // its own URL and sends it as a header.
        await page.GotoAsync($"api/ui?q={Uri.EscapeDataString("數字化")}&code=test-key");
        await Expect(page.Locator($"li.hit[data-document-id='{SamplesSite.SeedDocument}']")).ToBeVisibleAsync();
        await page.Locator($"li.hit[data-document-id='{SamplesSite.SeedDocument}'] .hit-title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/api/ui\?.*document="));
        await Expect(page.Locator("#doc-title")).ToBeVisibleAsync();
        Assert.Equal("/api/openapi.json", await page.Locator("#api-link").GetAttributeAsync("href"));
        await Expect(page).ToHaveURLAsync(new Regex("code=test-key"));

        Assert.Contains(mount.ApiCalls, c => c.StartsWith("/api/search?", StringComparison.Ordinal));
        Assert.Contains(mount.ApiCalls, c => c.StartsWith("/api/documents/", StringComparison.Ordinal));
        Assert.All(mount.ApiCalls, c => Assert.EndsWith(" key=test-key", c, StringComparison.Ordinal));
        Assert.All(mount.ApiCalls, c => Assert.DoesNotContain("code=", c, StringComparison.Ordinal));

        Assert.Empty(failed);
    }

    [Fact]
    public async Task PageUnderApiUiWithTrailingSlash_Opened_RedirectsAndLoads()
    {
        var browser = site.Browser;
        await using var mount = await FunctionsMount.StartAsync(site.BaseAddress, TestContext.Current.CancellationToken);
        await using var context = await browser.NewContextAsync(new() { BaseURL = mount.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"api/ui/?q={Uri.EscapeDataString("數字化")}");

        await Expect(page).ToHaveURLAsync(new Regex(@"/api/ui\?q="));
        await Expect(page.Locator("li.hit").First).ToBeVisibleAsync();
    }
}
