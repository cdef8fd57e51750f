using Ingest.Cli.Reindexing;
using Ingest.Local.Queueing;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Brings the index up to date with the folder when the host starts: everything new, changed,
/// stale or deleted since the last run. When the index is empty but manifests say documents were
/// indexed (a deleted or recovered index), every file is ingested again.
/// </summary>
internal sealed partial class StartupIngestion(
    ReindexService reindex,
    IDocumentSource source,
    IManifestStore manifests,
    ISearchIndex index,
    ChannelWorkQueue queue,
    TimeProvider time,
    ILogger<StartupIngestion> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = time.GetTimestamp();
            LogStarting(source.Description);
            var statistics = await index.GetStatisticsAsync(stoppingToken).ConfigureAwait(false);
            var rebuild = statistics.Chunks == 0 && await AnyIndexedAsync(stoppingToken).ConfigureAwait(false);
            if (rebuild)
            {
                LogRebuilding();
            }

            // After a restart nothing of an earlier run is still queued here: such a run is resumed
            // (a full one, from its checkpoint) or closed and replaced, never waited for.
            var start = await reindex.StartAsync(new ReindexRequest(rebuild ? ReindexMode.Full : ReindexMode.Incremental, AfterRestart: true), stoppingToken)
                .ConfigureAwait(false);
            await LocalRunFollower.FollowAsync(reindex, queue, start, TimeSpan.FromSeconds(1), time, progress: null, stoppingToken).ConfigureAwait(false);

            var counts = new Dictionary<ManifestStatus, int>();
            await foreach (var manifest in manifests.ListAsync(stoppingToken).ConfigureAwait(false))
            {
                counts[manifest.Status] = counts.GetValueOrDefault(manifest.Status) + 1;
            }

            var after = await index.GetStatisticsAsync(stoppingToken).ConfigureAwait(false);
            LogReady(counts.GetValueOrDefault(ManifestStatus.Indexed), after.Chunks, counts.GetValueOrDefault(ManifestStatus.Quarantined),
                Math.Round(time.GetElapsedTime(started).TotalSeconds, 2));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting {Source}")]
    private partial void LogStarting(string source);

    private async Task<bool> AnyIndexedAsync(CancellationToken cancellationToken)
    {
        await foreach (var manifest in manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (manifest.Status == ManifestStatus.Indexed) return true;
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index is empty but documents were indexed before; ingesting every file again")]
    private partial void LogRebuilding();

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready: {Documents} documents indexed as {Chunks} chunks, {Quarantined} quarantined, in {Seconds} s")]
    private partial void LogReady(int documents, long chunks, int quarantined, double seconds);
}
