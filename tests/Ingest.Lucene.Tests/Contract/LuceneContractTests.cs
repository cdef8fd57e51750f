using Ingest.Pipeline.Indexing;
using Ingest.Testing.Contracts;

namespace Ingest.Lucene.Tests.Contract;

/// <summary>The shared search index contract, run against the embedded Lucene index on a temp folder.</summary>
public sealed class LuceneContractTests : SearchIndexContract, IDisposable
{
    private readonly IndexFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(fixture.Open());
}
