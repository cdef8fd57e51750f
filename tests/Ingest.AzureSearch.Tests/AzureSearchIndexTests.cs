using System.Diagnostics;
using System.Text.Json.Nodes;
using Ingest.AzureSearch.Tests.Fake;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Ingest.Testing.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.AzureSearch.Tests;

/// <summary>What the adapter sends to the service, and how it copes when the service misbehaves.</summary>
public sealed class AzureSearchIndexTests : IAsyncLifetime
{
    private FakeServiceHarness harness = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeSearchService Service => harness.Service;

    public async ValueTask InitializeAsync() => harness = await FakeServiceHarness.StartAsync();

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ReplaceDocumentAsync_FirstUse_CreatesIndexOnceWithFoldedSearchFields()
    {
        var sut = harness.CreateIndex();

        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "數字化")], Ct);
        await sut.ReplaceDocumentAsync("doc-b", [ContractChunks.Of("doc-b", 0, "数字化")], Ct);

        var create = Assert.Single(Service.Requests, r => r.Operation == "create");
        Assert.Equal("PUT", create.Method);
        var fields = create.Body!["fields"]!.AsArray().Select(f => f!.AsObject()).ToDictionary(f => f["name"]!.GetValue<string>());
        Assert.True(fields["id"]!["key"]!.GetValue<bool>());
        foreach (var name in new[] { "title", "section", "text", "titleFolded", "sectionFolded", "textFolded" })
        {
            Assert.Equal("zh-Hans.microsoft", fields[name]["analyzer"]!.GetValue<string>());
            Assert.True(fields[name]["searchable"]!.GetValue<bool>());
        }

        Assert.False(fields["textFolded"]["retrievable"]!.GetValue<bool>());
        Assert.Equal("Collection(Edm.String)", fields["places"]["type"]!.GetValue<string>());
        Assert.True(fields["places"]["facetable"]!.GetValue<bool>());
        Assert.Equal("Edm.DateTimeOffset", fields["publishedAt"]["type"]!.GetValue<string>());
        var stored = Service.Indexes["articles"].Snapshot().Single(d => d["chunkId"]!.GetValue<string>() == "doc-a#0");
        Assert.Equal("數字化", stored["text"]!.GetValue<string>());
        Assert.Equal("数字化", stored["textFolded"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplaceDocumentAsync_ManyChunks_SendsBatchesWithinTheServiceLimit()
    {
        var sut = harness.CreateIndex(new Dictionary<string, string?> { ["Ingest:AzureSearch:BatchSize"] = "1000" });
        var chunks = Enumerable.Range(0, 2500).Select(i => ContractChunks.Of("doc-big", i, $"段落{i}")).ToList();

        await sut.ReplaceDocumentAsync("doc-big", chunks, Ct);

        var batches = Service.Requests.Where(r => r.Operation == "index").Select(r => r.Body!["value"]!.AsArray().Count).ToList();
        Assert.Equal([1000, 1000, 500], batches);
        Assert.Equal(2500, (await sut.GetStatisticsAsync(Ct)).Chunks);
    }

    [Fact]
    public async Task SearchAsync_FilterValueWithQuote_SendsDoubledQuoteInsideOneLiteral()
    {
        var sut = harness.CreateIndex();

        await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = ["广东') or true", "上海"], Sources = ["O'Hare"] } }, Ct);

        var filter = Service.Requests.Last(r => r.Operation == "search").Body!["filter"]!.GetValue<string>();
        Assert.Equal("(places/any(t: t eq '广东'') or true') or places/any(t: t eq '上海')) and (source eq 'O''Hare')", filter);
    }

    [Fact]
    public async Task SearchAsync_ChunksModeWithFacets_SendsFacetHighlightAndPagingParameters()
    {
        var sut = harness.CreateIndex();

        await sut.SearchAsync(new SearchQuery { Text = "數字化 “智慧 城市”", Mode = SearchMode.Chunks, Facets = [FacetField.Place, FacetField.Language], Skip = 10, Top = 5 }, Ct);

        var body = Service.Requests.Last(r => r.Operation == "search").Body!;
        Assert.Equal("\"数字化\" \"智慧 城市\"", body["search"]!.GetValue<string>());
        Assert.Equal("all", body["searchMode"]!.GetValue<string>());
        Assert.Equal("titleFolded,sectionFolded,textFolded", body["searchFields"]!.GetValue<string>());
        Assert.Equal(["places,count:20", "language,count:20"], body["facets"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("textFolded", body["highlight"]!.GetValue<string>());
        Assert.Equal(10, body["skip"]!.GetValue<int>());
        Assert.Equal(5, body["top"]!.GetValue<int>());
        Assert.True(body["count"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SearchAsync_DocumentsMode_ReadsUpToOneThousandPassagesAndCountsFacetsItself()
    {
        var sut = harness.CreateIndex();

        await sut.SearchAsync(new SearchQuery { Text = "数字", Facets = [FacetField.Place] }, Ct);

        var body = Service.Requests.Last(r => r.Operation == "search").Body!;
        Assert.Equal(1000, body["top"]!.GetValue<int>());
        Assert.Null(body["facets"]);
        Assert.Contains("places", body["select"]!.GetValue<string>().Split(','));
    }

    [Fact]
    public async Task SearchAsync_TooManyRequestsWithRetryAfter_WaitsThatLongAndRetries()
    {
        var sut = harness.CreateIndex();
        await sut.GetStatisticsAsync(Ct);
        Service.Inject(new Fault("search", Status(429, retryAfterSeconds: 1)) { Times = 1 });

        var watch = Stopwatch.StartNew();
        await sut.SearchAsync(new SearchQuery { Text = "数字" }, Ct);
        watch.Stop();

        var searches = Service.Requests.Where(r => r.Operation == "search").ToList();
        Assert.Equal(3, searches.Count);
        Assert.True(searches[2].At - searches[1].At >= TimeSpan.FromSeconds(0.95), $"waited {searches[2].At - searches[1].At}");
    }

    [Fact]
    public async Task ReplaceDocumentAsync_ServiceUnavailableTwice_RetriesAndSucceeds()
    {
        var sut = harness.CreateIndex();
        Service.Inject(new Fault("index", Status(503)) { Times = 2 });

        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "数字")], Ct);

        Assert.Equal(3, Service.Requests.Count(r => r.Operation == "index"));
        Assert.Single(Service.Indexes["articles"].Snapshot());
    }

    [Fact]
    public async Task SearchAsync_SlowResponse_TimesOutTheAttemptAndRetries()
    {
        var sut = harness.CreateIndex(new Dictionary<string, string?> { ["Ingest:AzureSearch:AttemptTimeout"] = "00:00:01" });
        await sut.GetStatisticsAsync(Ct);
        Service.Inject(new Fault("search", async (context, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
            return false;
        }) { Times = 1 });

        var watch = Stopwatch.StartNew();
        var results = await sut.SearchAsync(new SearchQuery(), Ct);

        Assert.Equal(0, results.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
        Assert.Equal(3, Service.Requests.Count(r => r.Operation == "search"));
    }

    [Fact]
    public async Task ReplaceDocumentAsync_PartialFailureOnce_ResendsOnlyTheFailedAction()
    {
        var sut = harness.CreateIndex();
        await sut.GetStatisticsAsync(Ct);
        Service.ItemFailure = (503, 1);

        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一"), ContractChunks.Of("doc-a", 1, "二"), ContractChunks.Of("doc-a", 2, "三")], Ct);

        var batches = Service.Requests.Where(r => r.Operation == "index").Select(r => r.Body!["value"]!.AsArray().Count).ToList();
        Assert.Equal([3, 1], batches);
        Assert.Equal(3, Service.Indexes["articles"].Snapshot().Count);
    }

    [Fact]
    public async Task ReplaceDocumentAsync_PersistentRetryableItemFailure_ThrowsTransientNamingTheChunk()
    {
        var sut = harness.CreateIndex();
        Service.ItemFailure = (422, 100);

        var error = await Assert.ThrowsAsync<TransientStoreException>(() => sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一"), ContractChunks.Of("doc-a", 1, "二")], Ct));

        Assert.Contains("doc-a#0", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Service.Requests.Count(r => r.Operation == "index"));
    }

    [Fact]
    public async Task ReplaceDocumentAsync_PermanentItemFailure_ThrowsWithoutRetrying()
    {
        var sut = harness.CreateIndex();
        Service.ItemFailure = (400, 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一")], Ct));

        Assert.Contains("doc-a#0", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Service.Requests.Count(r => r.Operation == "index"));
    }

    [Fact]
    public async Task SearchAsync_ServiceKeepsFailing_ThrowsUnavailableWithoutServiceDetails()
    {
        var sut = harness.CreateIndex();
        await sut.GetStatisticsAsync(Ct);
        Service.Inject(new Fault("search", Status(503, body: "internal stack trace at SearchNode-17")) { Times = 100 });

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => sut.SearchAsync(new SearchQuery { Text = "数字" }, Ct));

        Assert.DoesNotContain("SearchNode", error.Message, StringComparison.Ordinal);
        Assert.Equal(4 + 1, Service.Requests.Count(r => r.Operation == "search"));
    }

    [Fact]
    public async Task SearchAsync_WrongKey_ThrowsUnavailableAfterOneAttempt()
    {
        var sut = harness.CreateIndex(new Dictionary<string, string?> { ["Ingest:AzureSearch:ApiKey"] = "wrong" });

        await Assert.ThrowsAsync<SearchUnavailableException>(() => sut.SearchAsync(new SearchQuery(), Ct));

        Assert.Single(Service.Requests);
    }

    [Theory]
    [InlineData("http://search.example.net")]
    [InlineData("")]
    public void AddAzureSearchIndex_EndpointNotHttps_FailsValidation(string endpoint)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingest:AzureSearch:Endpoint"] = endpoint }).Build());
        services.AddAzureSearchIndex();
        using var provider = services.BuildServiceProvider();

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AzureSearchOptions>>().Value);
    }

    private static Func<HttpContext, CancellationToken, Task<bool>> Status(int status, int? retryAfterSeconds = null, string body = "busy") => async (context, _) =>
    {
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await FakeSearchService.Reply(context, status, new JsonObject { ["error"] = new JsonObject { ["message"] = body } });
        return true;
    };
}
