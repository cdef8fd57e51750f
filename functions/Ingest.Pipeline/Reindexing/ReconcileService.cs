using System.Diagnostics;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Diffs the source against the manifests and enqueues what is new, changed or indexed by an
/// older pipeline, and the removal of documents whose file is gone. It only enumerates and
/// enqueues: the queue's workers do the ingesting, in parallel and on any instance.
/// </summary>
public sealed partial class ReconcileService(
    IDocumentSource source,
    IManifestStore manifests,
    IWorkQueue queue,
    PipelineVersion pipelineVersion,
    TimeProvider time,
    ILogger<ReconcileService> logger)
{
    public async Task<ReindexSummary> RunAsync(string? reindexId = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var version = pipelineVersion.Value;
        var known = new Dictionary<string, DocumentManifest>(StringComparer.Ordinal);
        await foreach (var manifest in manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            known[manifest.DocumentId] = manifest;
        }

        int listed = 0, fresh = 0, changed = 0, stale = 0, unchanged = 0, quarantined = 0, orphaned = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in source.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            listed++;
            var documentId = DocumentId.FromPath(item.Path);
            seen.Add(documentId);
            known.TryGetValue(documentId, out var manifest);
            var decision = Decide(item, manifest, version);
            switch (decision)
            {
                case Decision.New: fresh++; break;
                case Decision.Changed: changed++; break;
                case Decision.Stale: stale++; break;
                case Decision.Unchanged: unchanged++; continue;
                case Decision.Quarantined: quarantined++; continue;
            }

            await queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, item.Path, ReindexId: reindexId), cancellationToken).ConfigureAwait(false);
        }

        foreach (var manifest in known.Values.Where(m => m.Status != ManifestStatus.Removed && !seen.Contains(m.DocumentId)))
        {
            orphaned++;
            await queue.EnqueueAsync(new WorkItem(WorkKind.Remove, manifest.SourcePath, ReindexId: reindexId), cancellationToken).ConfigureAwait(false);
        }

        var summary = new ReindexSummary
        {
            Listed = listed, New = fresh, Changed = changed, Stale = stale, Unchanged = unchanged,
            Quarantined = quarantined, Orphaned = orphaned, Duration = time.GetElapsedTime(started),
        };
        LogSummary(summary.Listed, summary.New, summary.Changed, summary.Stale, summary.Unchanged, summary.Orphaned, summary.Quarantined);
        return summary;
    }

    private static Decision Decide(SourceItem item, DocumentManifest? manifest, string version)
    {
        if (manifest is null || manifest.Status == ManifestStatus.Removed)
        {
            return Decision.New;
        }

        var sameFile = manifest.ETag == item.ETag;
        if (!sameFile)
        {
            return Decision.Changed;
        }

        if (manifest.PipelineVersion != version)
        {
            return Decision.Stale;
        }

        return manifest.Status switch
        {
            // Failed attempts on an indexed manifest: the last ingestion of this content did not reach the index.
            ManifestStatus.Indexed when manifest.FailedAttempts > 0 => Decision.Changed,
            ManifestStatus.Quarantined when manifest.FailureReason == Failures.FailureReason.TransientExhausted => Decision.Changed,
            ManifestStatus.Quarantined => Decision.Quarantined,
            _ => Decision.Unchanged,
        };
    }

    private enum Decision { New, Changed, Stale, Unchanged, Quarantined }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled {Listed} source files: {New} new, {Changed} changed, {Stale} stale, {Unchanged} unchanged, {Orphaned} orphaned, {Quarantined} still quarantined")]
    private partial void LogSummary(int listed, int @new, int changed, int stale, int unchanged, int orphaned, int quarantined);
}
