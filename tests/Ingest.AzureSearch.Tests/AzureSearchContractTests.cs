using Ingest.AzureSearch.Tests.Fake;
using Ingest.Pipeline.Indexing;
using Ingest.Testing.Contracts;

namespace Ingest.AzureSearch.Tests;

/// <summary>The shared search index contract, run against the adapter talking to the fake service on loopback https.</summary>
public sealed class AzureSearchContractTests : SearchIndexContract, IAsyncLifetime
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

    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(harness!.CreateIndex());
}
