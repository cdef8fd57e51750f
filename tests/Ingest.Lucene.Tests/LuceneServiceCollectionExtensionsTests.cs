using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ingest.Lucene.Tests;

public sealed class LuceneServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AddLuceneSearchIndex_Configured_ResolvesOneSharedIndex()
    {
        using var provider = CreateSut(new() { ["Ingest:Lucene:IndexPath"] = folder.IndexPath, ["Ingest:Lucene:CommitDelay"] = "00:00:02" });

        var index = provider.GetRequiredService<ISearchIndex>();

        Assert.Same(provider.GetRequiredService<LuceneSearchIndex>(), index);
        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<IOptions<LuceneIndexOptions>>().Value.CommitDelay);
    }

    [Fact]
    public void AddLuceneSearchIndex_NoIndexPath_FailsValidation()
    {
        using var provider = CreateSut([]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LuceneIndexOptions>>().Value);

        Assert.Contains(nameof(LuceneIndexOptions.IndexPath), error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddLuceneSearchIndex();
        return services.BuildServiceProvider();
    }
}
