using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ingest.Lucene.Tests;

public sealed class LuceneServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AddLuceneSearchIndex_Configured_ResolvesOneGenerationalIndexOverGenerationFolders()
    {
        using var provider = CreateSut(new() { ["Ingest:Lucene:IndexPath"] = folder.IndexPath, ["Ingest:Lucene:CommitDelay"] = "00:00:02" });

        var index = provider.GetRequiredService<ISearchIndex>();
        await index.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "城市更新")], Ct);

        Assert.IsType<GenerationalSearchIndex>(index);
        Assert.Same(index, provider.GetRequiredService<ISearchIndex>());
        Assert.Same(provider.GetRequiredService<LuceneSearchIndexFactory>(), provider.GetRequiredService<ISearchIndexFactory>());
        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<IOptions<LuceneIndexOptions>>().Value.CommitDelay);
        Assert.Equal(["gen-1"], Directory.EnumerateDirectories(folder.IndexPath).Select(Path.GetFileName));
        Assert.Equal(new IndexStatistics(1, 1), await provider.GetRequiredService<LuceneSearchIndexFactory>().Open(1).GetStatisticsAsync(Ct));
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
