using System.Text.Json.Nodes;
using Ingest.AzureSearch.Tests.Fake;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Ingest.Pipeline.State;
using Ingest.Testing.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.AzureSearch.Tests;

/// <summary>The generations of the index on the service: which index each one is, and how one is dropped.</summary>
public sealed class AzureSearchIndexFactoryTests : IAsyncLifetime
{
    private FakeServiceHarness harness = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeSearchService Service => harness.Service;

    public async ValueTask InitializeAsync() => harness = await FakeServiceHarness.StartAsync();

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Open_GenerationOne_IsTheConfiguredIndexSoExistingDeploymentsKeepTheirs()
    {
        var sut = harness.CreateFactory(new Dictionary<string, string?> { ["Ingest:AzureSearch:IndexName"] = "news" });

        await sut.Open(1).ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "数字化")], Ct);

        Assert.Equal("news", sut.IndexNameOf(1));
        Assert.Equal(["news"], Service.Indexes.Keys);
    }

    [Fact]
    public async Task Open_GenerationTwo_CreatesAndWritesToIndexNameDashG2Only()
    {
        var sut = harness.CreateFactory();

        await sut.Open(2).ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "数字化")], Ct);

        Assert.Equal("articles-g2", sut.IndexNameOf(2));
        Assert.Equal(["articles-g2"], Service.Indexes.Keys);
        Assert.Equal("articles-g2", Service.Indexes["articles-g2"].Definition!["name"]!.GetValue<string>());
        Assert.Single(Service.Indexes["articles-g2"].Snapshot());
        Assert.All(Service.Requests.Where(r => r.Operation != "unknown"), r => Assert.Contains("articles-g2", r.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public void Open_SameGenerationTwice_ReturnsOneIndexPerGeneration()
    {
        var sut = harness.CreateFactory();

        Assert.Same(sut.Open(3), sut.Open(3));
        Assert.NotSame(sut.Open(1), sut.Open(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Open_GenerationBelowOne_Throws(int generation) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => harness.CreateFactory().Open(generation));

    [Fact]
    public async Task DropAsync_ExistingGeneration_DeletesItsIndexAndLeavesTheOthers()
    {
        var sut = harness.CreateFactory();
        await sut.Open(1).ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一")], Ct);
        await sut.Open(2).ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一")], Ct);

        await sut.DropAsync(2, Ct);

        var delete = Assert.Single(Service.Requests, r => r.Operation == "delete");
        Assert.Equal("DELETE", delete.Method);
        Assert.Contains("articles-g2", delete.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(["articles"], Service.Indexes.Keys);
    }

    [Fact]
    public async Task DropAsync_GenerationThatDoesNotExist_IsNotAnError()
    {
        var sut = harness.CreateFactory();

        await sut.DropAsync(7, Ct);

        Assert.Single(Service.Requests, r => r.Operation == "delete");
    }

    [Fact]
    public async Task DropAsync_ThenWrittenAgain_CreatesTheIndexAfresh()
    {
        var sut = harness.CreateFactory();
        await sut.Open(2).ReplaceDocumentAsync("doc-old", [ContractChunks.Of("doc-old", 0, "旧")], Ct);

        await sut.DropAsync(2, Ct);
        await sut.Open(2).ReplaceDocumentAsync("doc-new", [ContractChunks.Of("doc-new", 0, "新")], Ct);

        Assert.Equal(2, Service.Requests.Count(r => r.Operation == "create"));
        Assert.Equal(["doc-new#0"], Service.Indexes["articles-g2"].Snapshot().Select(d => d["chunkId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DropAsync_ServiceKeepsFailing_ThrowsTransientAfterRetrying()
    {
        var sut = harness.CreateFactory();
        Service.Inject(new Fault("delete", async (context, _) =>
        {
            await FakeSearchService.Reply(context, 503, new JsonObject { ["error"] = new JsonObject { ["message"] = "busy" } });
            return true;
        }) { Times = 100 });

        await Assert.ThrowsAsync<TransientStoreException>(() => sut.DropAsync(2, Ct));

        Assert.Equal(3 + 1, Service.Requests.Count(r => r.Operation == "delete"));
    }

    [Fact]
    public async Task AddAzureSearchIndex_SearchIndex_WritesToActiveAndBuildingAndReadsFromActive()
    {
        await using var provider = harness.CreateProvider();
        Assert.True(await provider.GetRequiredService<IIndexCatalogStore>().TryWriteAsync(new IndexCatalog { Active = 1, Building = 2, BuildingRunId = "run" }, null, Ct));
        var sut = provider.GetRequiredService<ISearchIndex>();
        await provider.GetRequiredService<AzureSearchIndexFactory>().Open(1).ReplaceDocumentAsync("doc-only-in-1", [ContractChunks.Of("doc-only-in-1", 0, "旧文")], Ct);

        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "数字化")], Ct);
        var results = await sut.SearchAsync(new SearchQuery { Text = "旧文" }, Ct);

        Assert.IsType<GenerationalSearchIndex>(sut);
        Assert.Contains(Service.Indexes["articles"].Snapshot(), d => d["chunkId"]!.GetValue<string>() == "doc-a#0");
        Assert.Equal(["doc-a#0"], Service.Indexes["articles-g2"].Snapshot().Select(d => d["chunkId"]!.GetValue<string>()));
        Assert.Equal("doc-only-in-1", Assert.Single(results.Hits).DocumentId);
    }

    [Theory]
    [InlineData(116, true)]
    [InlineData(117, false)]
    public void AddAzureSearchIndex_IndexNameLength_LeavesRoomForTheGenerationSuffix(int length, bool valid)
    {
        var name = "a" + new string('b', length - 1);

        var options = Validate(name);

        Assert.Equal(valid, options is not null);
    }

    [Theory]
    [InlineData("articles-")]
    [InlineData("news--zh")]
    [InlineData("Articles")]
    [InlineData("a")]
    public void AddAzureSearchIndex_IndexNameTheSuffixWouldBreak_FailsValidation(string name) =>
        Assert.Null(Validate(name));

    private AzureSearchOptions? Validate(string indexName)
    {
        using var provider = harness.CreateProvider(new Dictionary<string, string?> { ["Ingest:AzureSearch:IndexName"] = indexName });
        try
        {
            return provider.GetRequiredService<IOptions<AzureSearchOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }
}
