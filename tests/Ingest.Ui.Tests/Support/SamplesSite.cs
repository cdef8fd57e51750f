using System.Text.Json;
using Ingest.Testing;
using Microsoft.Playwright;

namespace Ingest.Ui.Tests.Support;

/// <summary>
/// The local host serving a copy of <c>samples/articles</c>, fully ingested, and a headless
/// Chromium when one is installed. Shared by the whole test assembly.
/// </summary>
public sealed class SamplesSite : IAsyncLifetime
{
    public const string SeedDocument = "000_899386f473eb41e2-txt";
    public const string SeedPath = "000_899386f473eb41e2.txt";
    public const string InjectionPath = "107_script_injection_zh-Hant.txt";

    private static readonly TimeSpan IngestionBound = TimeSpan.FromSeconds(180);

    private readonly TempFolder _source = new("samples");
    private readonly TempFolder _data = new("data");
    private LocalHostRunner? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the page is served, ending in a slash.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    public HttpClient Client => Host.Client;

    /// <summary>The browser; skips the calling test when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is null) Assert.Skip(Chromium.SkipReason);
            return _browser;
        }
    }

    private LocalHostRunner Host => _host ?? throw new InvalidOperationException("The site has not started.");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "articles")))
        {
            File.Copy(file, _source.Combine(Path.GetFileName(file)));
        }

        _host = await LocalHostRunner.StartAsync(_source.Path, _data.Path, ct);
        await WaitForIngestionAsync(ct);

        if (Chromium.IsInstalled)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        _source.Dispose();
        _data.Dispose();
    }

    /// <summary>
    /// Waits until both articles the tests open are searchable and the number of indexed articles
    /// has stopped changing, so that counts seen by one step still hold in the next.
    /// </summary>
    private async Task WaitForIngestionAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + IngestionBound;
        long? lastTotal = null;
        var stableRounds = 0;
        string last = "(no answer)";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Client.GetAsync("/api/search?q=數字化&top=50", cancellationToken);
            last = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode && HasPaths(last, SeedPath, InjectionPath))
            {
                var total = await TotalAsync(cancellationToken);
                stableRounds = total == lastTotal ? stableRounds + 1 : 0;
                lastTotal = total;
                if (stableRounds >= 3) return;
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"The samples were not searchable within {IngestionBound.TotalSeconds} s; last answer: {last}");
    }

    private async Task<long> TotalAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync("/api/search?top=1", cancellationToken));
        return document.RootElement.GetProperty("count").GetInt64();
    }

    private static bool HasPaths(string body, params string[] paths)
    {
        using var document = JsonDocument.Parse(body);
        var found = document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString()).ToHashSet();
        return paths.All(found.Contains);
    }
}
