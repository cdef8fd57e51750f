using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ingest.Ui.Tests.Support;

/// <summary>
/// One browser context and page for one test. Records dialogs (an alert would mean article text
/// ran as script), script errors and console errors (a Content-Security-Policy or Trusted Types
/// violation shows up there), and takes numbered screenshots into the test output folder.
/// </summary>
internal sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _name;
    private int _step;

    static BrowserSession() => Assertions.SetDefaultExpectTimeout(30_000);

    private BrowserSession(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        _name = name;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Add($"console error: {message.Text}");
        };
    }

    public IPage Page { get; }

    public List<string> Dialogs { get; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>The number of matches the page announces (the status line's data-count).</summary>
    public async Task<long> CountAsync()
    {
        var status = Page.Locator("#status[data-count]");
        await Assertions.Expect(status).ToBeAttachedAsync();
        return long.Parse((await status.GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the page has drawn the answer to its last request.</summary>
    public Task SettledAsync() => Assertions.Expect(Page.Locator("main")).Not.ToHaveAttributeAsync("aria-busy", "true");

    public static async Task<BrowserSession> OpenAsync(SamplesSite site, string name, int width = 1280, int height = 900)
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new() { Width = width, Height = height },
        });
        // The machine is shared with builds: give slow steps room, the assertions still wait for exact states.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return new BrowserSession(context, await context.NewPageAsync(), name);
    }

    /// <summary>Saves the window (or the whole page, or one element) as the test's next numbered screenshot.</summary>
    public async Task ScreenshotAsync(string label, bool fullPage = false, ILocator? element = null)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{_name}-{++_step:00}-{Unsafe().Replace(label, "-")}.png");
        if (element is not null)
        {
            await element.ScreenshotAsync(new() { Path = path });
        }
        else
        {
            await Page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    /// <summary>No dialog opened and no script or policy error was reported.</summary>
    public void AssertQuiet()
    {
        Assert.Empty(Dialogs);
        Assert.Empty(Errors);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex Unsafe();
}
