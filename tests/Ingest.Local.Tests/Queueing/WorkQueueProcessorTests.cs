using Ingest.Local.Queueing;
using Ingest.Local.Sources;
using Ingest.Local.Tests.Support;
using Ingest.Lucene;
using Ingest.Pipeline;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingest.Local.Tests.Queueing;

public sealed class WorkQueueProcessorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ItemThatKeepsFailing_IsAbandonedSoItsRunCompletesAndTheOtherFilesAreIndexed()
    {
        using var world = new HostWorld();
        world.Write("a.txt", "第一篇文章的正文。");
        world.Write("b.txt", "第二篇文章的正文，讀取時會出錯。");
        world.Write("c.txt", "第三篇文章的正文。");
        await using var services = Services(world, failing: "b.txt");
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(Token);
        var reindex = services.GetRequiredService<ReindexService>();

        var start = await reindex.StartAsync(ReindexMode.Incremental, Token);
        await start.Enumeration;
        await services.GetRequiredService<ChannelWorkQueue>().WaitIdleAsync(Token);
        await reindex.FlushAsync(Token);
        var run = (await reindex.GetAsync(start.Run.Id, Token))!;
        foreach (var service in hosted) await service.StopAsync(Token);

        Assert.Equal(ReindexState.Completed, run.State);
        Assert.Equal((2, 1, 1), (run.Counts.Indexed, run.Counts.Failed, run.Counts.Abandoned));
    }

    private static ServiceProvider Services(HostWorld world, string failing)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Data:Path"] = world.Data.FullPath,
            ["Ingest:Lucene:IndexPath"] = world.Data.IndexPath,
            ["Ingest:Index:Shared"] = "false",
            ["Ingest:Folder:Path"] = world.SourcePath,
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IDocumentSource>(sp => new FailingSource(sp.GetRequiredService<FolderDocumentSource>(), failing))
            .AddLocalState()
            .AddIngestPipeline()
            .AddReindexing()
            .AddFolderSource()
            .AddLocalWorkQueue()
            .AddLuceneSearchIndex()
            .BuildServiceProvider();
    }

    /// <summary>The folder source, except that reading one file fails in a way no retry fixes.</summary>
    private sealed class FailingSource(IDocumentSource inner, string failing) : IDocumentSource
    {
        public string Description => inner.Description;

        public IAsyncEnumerable<SourceItem> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

        public Task<SourcePage> ListPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default) =>
            inner.ListPageAsync(continuationToken, pageSize, cancellationToken);

        public Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default) =>
            path == failing ? throw new InvalidDataException($"{path} cannot be read") : inner.OpenAsync(path, cancellationToken);
    }
}
