using Ingest.AzureSearch.Tests.Fake;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.State;
using Ingest.Testing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.AzureSearch.Tests;

/// <summary>
/// The shared search index contract through the index the product resolves (the generations over
/// the adapter), with generation 3 active and 4 being built: what a deployment serves after full re-indexes.
/// </summary>
public sealed class AzureSearchGenerationalContractTests : SearchIndexContract, IAsyncLifetime
{
    private FakeServiceHarness? harness;

    public async ValueTask InitializeAsync() => harness = await FakeServiceHarness.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
    }

    protected override async Task<ISearchIndex> CreateIndexAsync()
    {
        var provider = harness!.CreateProvider();
        await provider.GetRequiredService<IIndexCatalogStore>().TryWriteAsync(new IndexCatalog { Active = 3, Building = 4, Previous = 2 }, null, Ct);
        return provider.GetRequiredService<ISearchIndex>();
    }
}
