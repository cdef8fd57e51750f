using Ingest.Pipeline.Indexing;
using Ingest.Testing.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.AzureSearch.Tests;

/// <summary>
/// The shared contract against a real service, when <c>AZURE_SEARCH_ENDPOINT</c> is set (with
/// <c>AZURE_SEARCH_API_KEY</c>, or a signed-in identity). Each test uses its own index, deleted afterwards.
/// </summary>
public sealed class LiveAzureSearchContractTests : SearchIndexContract, IAsyncLifetime
{
    private const string EndpointVariable = "AZURE_SEARCH_ENDPOINT";
    private readonly string indexName = "contract-" + Guid.NewGuid().ToString("N")[..12];
    private ServiceProvider? provider;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (provider is not null)
        {
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AzureSearchOptions>>().Value;
            var client = Internals.SearchClientFactory.Create(options, null);
            try
            {
                await client.DeleteIndexAsync(indexName);
            }
            catch (Azure.RequestFailedException)
            {
                // The index may never have been created.
            }

            await provider.DisposeAsync();
        }
    }

    protected override async Task<ISearchIndex> CreateIndexAsync()
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (string.IsNullOrEmpty(endpoint))
        {
            Assert.Skip($"{EndpointVariable} is not set; the live Azure AI Search contract needs a real service.");
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:AzureSearch:Endpoint"] = endpoint,
            ["Ingest:AzureSearch:ApiKey"] = Environment.GetEnvironmentVariable("AZURE_SEARCH_API_KEY"),
            ["Ingest:AzureSearch:IndexName"] = indexName,
        }).Build());
        services.AddAzureSearchIndex();
        provider = services.BuildServiceProvider();
        var index = provider.GetRequiredService<ISearchIndex>();

        // A new index answers queries only after its writes are refreshed (about a second).
        await Task.CompletedTask;
        return new EventuallyConsistentIndex(index);
    }
}
