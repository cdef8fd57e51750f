using Ingest.Cli.Hosting;
using Ingest.Local;
using Ingest.Local.Queueing;
using Ingest.Lucene;
using Ingest.Pipeline;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingest.Cli.Reindexing;

/// <summary>
/// Runs one re-index in this process over a data folder no host is serving: the local host's
/// services (data-folder stores, in-process queue and workers, Lucene generations) without HTTP
/// and without following the source's changes.
/// </summary>
internal static class LocalReindex
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    /// <returns>The finished run.</returns>
    public static async Task<ReindexRun> RunAsync(LocalHostOptions options, ReindexMode mode, ReindexProgressWriter progress, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(LocalDataSettings.For(options.DataPath));
        builder.Configuration.AddEnvironmentVariables();
        // Warnings and errors only: information lines would break the progress line.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services
            .AddLocalState()
            .AddIngestPipeline()
            .AddReindexing()
            .AddLocalWorkQueue()
            .AddArticleSource(options, builder.Configuration, followChanges: false)
            .AddLuceneSearchIndex();

        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reindex = host.Services.GetRequiredService<ReindexService>();
            // Nothing else runs on this data folder: a run left active by a stopped process is resumed or replaced.
            var start = await reindex.StartAsync(new ReindexRequest(mode, AfterRestart: true), cancellationToken).ConfigureAwait(false);
            return await LocalRunFollower.FollowAsync(reindex, host.Services.GetRequiredService<ChannelWorkQueue>(), start, ProgressEvery, TimeProvider.System,
                progress.Update, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
