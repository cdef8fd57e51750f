using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Enumerates the source page by page against the manifests and enqueues the work: what is new,
/// changed or indexed by an older pipeline (incremental), or every file (full), plus the removal of
/// documents whose file is gone. It only enumerates and enqueues: the queue's workers do the
/// ingesting, in parallel and on any instance. A checkpoint after each page lets a stopped run resume.
/// </summary>
public sealed partial class ReconcileService(
    IDocumentSource source,
    IManifestStore manifests,
    IWorkQueue queue,
    PipelineVersion pipelineVersion,
    IOptions<ReindexOptions> options,
    TimeProvider time,
    ILogger<ReconcileService> logger)
{
    /// <summary>An incremental pass from the start, without checkpoints.</summary>
    public Task<ReindexSummary> RunAsync(string? reindexId = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ReconcilePlan(ReindexMode.Incremental, reindexId), checkpoint: null, cancellationToken);

    /// <summary>
    /// Enumerates as <paramref name="plan"/> says, calling <paramref name="checkpoint"/> after every
    /// page but the last. Returns what the whole run (earlier attempts included) found and enqueued.
    /// </summary>
    public async Task<ReindexSummary> RunAsync(ReconcilePlan plan, Func<ReindexCheckpoint, CancellationToken, Task>? checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var started = time.GetTimestamp();
        var version = pipelineVersion.Value;
        var known = new Dictionary<string, DocumentManifest>(StringComparer.Ordinal);
        await foreach (var manifest in manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            known[manifest.DocumentId] = manifest;
        }

        var resumed = plan.ResumeFrom?.Continuation is not null;
        var earlier = plan.ResumeFrom?.SoFar ?? ReindexSummary.Empty;
        var found = ReindexSummary.Empty;
        var pages = plan.ResumeFrom?.Pages ?? 0;
        var token = plan.ResumeFrom?.Continuation;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = await source.ListPageAsync(token, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
            found = found.Add(await EnqueuePageAsync(page.Items, known, seen, plan, version, cancellationToken).ConfigureAwait(false));
            pages++;
            token = page.ContinuationToken;
            if (token is not null && checkpoint is not null)
            {
                var soFar = earlier.Add(found) with { Duration = earlier.Duration + time.GetElapsedTime(started) };
                await checkpoint(new ReindexCheckpoint(token, pages, soFar), cancellationToken).ConfigureAwait(false);
            }
        }
        while (token is not null);

        if (resumed)
        {
            // The pages before the checkpoint were enumerated by an earlier attempt: list their
            // names again (no content is read) so a file that is still there is not taken for an orphan.
            await foreach (var item in source.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                seen.Add(DocumentId.FromPath(item.Path));
            }
        }

        var orphaned = 0;
        foreach (var manifest in known.Values.Where(m => m.Status != ManifestStatus.Removed && !seen.Contains(m.DocumentId)))
        {
            orphaned++;
            await queue.EnqueueAsync(new WorkItem(WorkKind.Remove, manifest.SourcePath, ReindexId: plan.ReindexId), cancellationToken).ConfigureAwait(false);
        }

        var summary = earlier.Add(found) with { Orphaned = earlier.Orphaned + found.Orphaned + orphaned, Duration = earlier.Duration + time.GetElapsedTime(started) };
        LogSummary(plan.Mode, summary.Listed, summary.New, summary.Changed, summary.Stale, summary.Unchanged, summary.Forced, summary.Orphaned, summary.Quarantined);
        return summary;
    }

    private async Task<ReindexSummary> EnqueuePageAsync(IReadOnlyList<SourceItem> items, Dictionary<string, DocumentManifest> known, HashSet<string> seen,
        ReconcilePlan plan, string version, CancellationToken cancellationToken)
    {
        int fresh = 0, changed = 0, stale = 0, unchanged = 0, quarantined = 0, forced = 0;
        foreach (var item in items)
        {
            var documentId = DocumentId.FromPath(item.Path);
            seen.Add(documentId);
            if (plan.Mode == ReindexMode.Full)
            {
                forced++;
                await queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, item.Path, Force: true, ReindexId: plan.ReindexId, Generation: plan.Generation), cancellationToken)
                    .ConfigureAwait(false);
                continue;
            }

            known.TryGetValue(documentId, out var manifest);
            switch (Decide(item, manifest, version))
            {
                case Decision.New: fresh++; break;
                case Decision.Changed: changed++; break;
                case Decision.Stale: stale++; break;
                case Decision.Unchanged: unchanged++; continue;
                case Decision.Quarantined: quarantined++; continue;
            }

            await queue.EnqueueAsync(new WorkItem(WorkKind.Ingest, item.Path, ReindexId: plan.ReindexId), cancellationToken).ConfigureAwait(false);
        }

        return new ReindexSummary
        {
            Listed = items.Count, New = fresh, Changed = changed, Stale = stale, Unchanged = unchanged, Quarantined = quarantined, Forced = forced,
        };
    }

    private static Decision Decide(SourceItem item, DocumentManifest? manifest, string version)
    {
        if (manifest is null || manifest.Status == ManifestStatus.Removed)
        {
            return Decision.New;
        }

        if (manifest.ETag != item.ETag)
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Enumerated the source ({Mode}): {Listed} files, {New} new, {Changed} changed, {Stale} stale, {Unchanged} unchanged, {Forced} forced, {Orphaned} orphaned, {Quarantined} still quarantined")]
    private partial void LogSummary(ReindexMode mode, int listed, int @new, int changed, int stale, int unchanged, int forced, int orphaned, int quarantined);
}
