using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Ingestion;

/// <summary>
/// Ingests and removes single files, idempotently: the same content under the same pipeline
/// version is a no-op; changed content replaces the document's chunks; a bad file is quarantined
/// with its reason while every other file goes on. Transient faults are thrown so the host
/// retries; past the retry budget the file is quarantined too.
/// </summary>
public sealed partial class IngestionService(
    IDocumentSource source,
    DocumentProcessor processor,
    ISearchIndex index,
    IManifestStore manifests,
    IQuarantineStore quarantine,
    PipelineVersion pipelineVersion,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<IngestionService> logger)
{
    private const int MaxCompareAndSwapRounds = 5;
    private readonly KeyedLock _locks = new();

    /// <summary>Ingests the file at <paramref name="path"/>; removes the document if the file is gone.</summary>
    public Task<IngestResult> IngestAsync(string path, bool force = false, CancellationToken cancellationToken = default) =>
        IngestAsync(path, force, generation: null, cancellationToken);

    /// <summary>
    /// Ingests the file at <paramref name="path"/> into one index generation only (a full
    /// re-index's new one) when <paramref name="generation"/> is set; otherwise as above.
    /// </summary>
    /// <exception cref="InvalidOperationException">A generation is asked for but the index has no generations.</exception>
    public async Task<IngestResult> IngestAsync(string path, bool force, int? generation, CancellationToken cancellationToken = default)
    {
        var target = generation is { } number
            ? (index as GenerationalSearchIndex)?.Generation(number)
              ?? throw new InvalidOperationException($"Index generation {number} was asked for, but the search index is not generational.")
            : index;
        // A sidecar's change is a change of its article; anything else that is not an article is left alone.
        if (SourceFileRules.ArticleOf(path) is not { } article)
        {
            LogIgnored(path);
            return new IngestResult(string.Empty, path, IngestOutcome.Ignored);
        }

        path = article;
        var documentId = DocumentId.FromPath(path);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DocumentId"] = documentId, ["SourcePath"] = path });
        using var held = await _locks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false);
        for (var round = 1; ; round++)
        {
            SourceDocument? document;
            try
            {
                document = await source.OpenAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (DocumentRejectedException rejected)
            {
                // The source refused to hand the file over (too large to download): record it by reference.
                return await QuarantineUnreadAsync(documentId, path, rejected, cancellationToken).ConfigureAwait(false);
            }

            if (document is null)
            {
                return await RemoveLockedAsync(documentId, path, cancellationToken).ConfigureAwait(false);
            }

            // After a lost compare-and-swap the index may hold what the losing writer put there last,
            // whatever the manifest says: index the current source again rather than trust "unchanged".
            var (result, written) = await IngestOnceAsync(document, target, force || round > 1, cancellationToken).ConfigureAwait(false);
            if (written || round == MaxCompareAndSwapRounds)
            {
                return result;
            }

            // Another instance wrote the manifest meanwhile: start again from the source, which is the truth.
            LogConcurrentWrite(documentId, round);
        }
    }

    /// <summary>Removes the document of a deleted file from the index and marks its manifest removed.</summary>
    public async Task<IngestResult> RemoveAsync(string path, CancellationToken cancellationToken = default)
    {
        var documentId = DocumentId.FromPath(path);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DocumentId"] = documentId, ["SourcePath"] = path });
        using var held = await _locks.AcquireAsync(documentId, cancellationToken).ConfigureAwait(false);
        return await RemoveLockedAsync(documentId, path, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(IngestResult Result, bool Written)> IngestOnceAsync(SourceDocument document, ISearchIndex target, bool force, CancellationToken cancellationToken)
    {
        var documentId = document.DocumentId;
        var contentHash = ContentHash.Of(document);
        var version = pipelineVersion.Value;
        var existing = await manifests.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        var current = existing?.Manifest;
        var sameInput = current is not null && current.ContentHash == contentHash && current.PipelineVersion == version;
        // A manifest with failed attempts records content whose indexing has not succeeded yet.
        if (sameInput && !force && current!.Status == ManifestStatus.Indexed && current.FailedAttempts == 0)
        {
            LogUnchanged(documentId);
            return (new IngestResult(documentId, document.Path, IngestOutcome.Unchanged, current.ChunkIds.Count), true);
        }

        if (sameInput && !force && current!.Status == ManifestStatus.Quarantined && current.FailureReason != FailureReason.TransientExhausted)
        {
            return (new IngestResult(documentId, document.Path, IngestOutcome.StillQuarantined, 0, current.FailureReason, current.FailureMessage), true);
        }

        var now = time.GetUtcNow();
        var manifest = new DocumentManifest
        {
            DocumentId = documentId,
            SourcePath = document.Path,
            ETag = document.ETag,
            Size = document.Content.Length,
            ContentHash = contentHash,
            PipelineVersion = version,
            Status = ManifestStatus.Indexed,
            FirstSeenAt = current?.FirstSeenAt ?? now,
            UpdatedAt = now,
        };

        ProcessedDocument processed;
        try
        {
            processed = processor.Process(document, cancellationToken);
        }
        catch (DocumentRejectedException rejected)
        {
            return await QuarantineAsync(document, manifest, existing, rejected.Reason, rejected.Message, 1, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in a stage must not drop the file silently, nor stop the others: set it aside with the error.
            LogProcessingFailed(ex, documentId);
            return await QuarantineAsync(document, manifest, existing, FailureReason.ProcessingFailed,
                $"The pipeline failed on this file ({ex.GetType().Name}: {ex.Message}). Report it; the file is retried when the pipeline version changes.", 1, cancellationToken)
                .ConfigureAwait(false);
        }

        var chunks = IndexedChunkMapper.ToChunks(processed, contentHash, version);
        try
        {
            await target.ReplaceDocumentAsync(documentId, chunks, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TransientStoreException or SearchUnavailableException)
        {
            var attempts = (sameInput ? current!.FailedAttempts : 0) + 1;
            if (attempts >= options.Value.MaxTransientAttempts)
            {
                return await QuarantineAsync(document, manifest, existing, FailureReason.TransientExhausted,
                    $"The index kept failing after {attempts} attempts: {ex.Message}", attempts, cancellationToken).ConfigureAwait(false);
            }

            // Remember the attempt, then let the host retry. The failed attempts mark the manifest as
            // not yet indexed for this content, so neither a retry nor a re-index takes it for unchanged.
            await manifests.TryWriteAsync(manifest with { FailedAttempts = attempts, ChunkIds = current?.ChunkIds ?? [], Summary = current?.Summary },
                existing?.Version, cancellationToken).ConfigureAwait(false);
            LogTransient(ex, documentId, attempts, options.Value.MaxTransientAttempts);
            throw;
        }

        manifest = manifest with { ChunkIds = chunks.Select(c => c.ChunkId).ToList(), Summary = IndexedChunkMapper.ToSummary(processed) };
        if (!await manifests.TryWriteAsync(manifest, existing?.Version, cancellationToken).ConfigureAwait(false))
        {
            return (new IngestResult(documentId, document.Path, IngestOutcome.Indexed, chunks.Count), false);
        }

        if (current?.Status == ManifestStatus.Quarantined)
        {
            await quarantine.RemoveAsync(document.Path, cancellationToken).ConfigureAwait(false);
        }

        LogIndexed(documentId, chunks.Count, processed.Normalized.Format.ToString(), processed.Normalized.Encoding?.Name ?? "-", processed.Normalized.Quality.MojibakeSpans.Count);
        return (new IngestResult(documentId, document.Path, IngestOutcome.Indexed, chunks.Count), true);
    }

    private async Task<(IngestResult, bool)> QuarantineAsync(SourceDocument document, DocumentManifest manifest, ManifestEntry? existing,
        FailureReason reason, string message, int attempts, CancellationToken cancellationToken)
    {
        var record = new QuarantineRecord(manifest.DocumentId, document.Path, reason, message, manifest.ContentHash, manifest.PipelineVersion, attempts, time.GetUtcNow());
        await quarantine.PutAsync(document, record, cancellationToken).ConfigureAwait(false);

        // A file that was indexed before and is now bad must not leave its old passages behind (in
        // any generation: one being built may hold them even when the manifest already says quarantined).
        if (existing is not null && existing.Manifest.Status != ManifestStatus.Removed)
        {
            try
            {
                await index.DeleteDocumentAsync(manifest.DocumentId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (reason == FailureReason.TransientExhausted && ex is TransientStoreException or SearchUnavailableException)
            {
                // The index is what failed: the old passages stay until the next re-index, which retries
                // every file quarantined this way and replaces or deletes them then.
                LogStaleChunksLeft(ex, manifest.DocumentId);
            }
        }

        var quarantined = manifest with { Status = ManifestStatus.Quarantined, FailureReason = reason, FailureMessage = message, FailedAttempts = attempts };
        var written = await manifests.TryWriteAsync(quarantined, existing?.Version, cancellationToken).ConfigureAwait(false);
        LogQuarantined(manifest.DocumentId, reason, message);
        return (new IngestResult(manifest.DocumentId, document.Path, IngestOutcome.Quarantined, 0, reason, message), written);
    }

    private async Task<IngestResult> QuarantineUnreadAsync(string documentId, string path, DocumentRejectedException rejected, CancellationToken cancellationToken)
    {
        var existing = await manifests.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var manifest = new DocumentManifest
        {
            DocumentId = documentId,
            SourcePath = path,
            ContentHash = string.Empty,
            PipelineVersion = pipelineVersion.Value,
            Status = ManifestStatus.Indexed,
            FirstSeenAt = existing?.Manifest.FirstSeenAt ?? now,
            UpdatedAt = now,
        };
        var reference = new SourceDocument { Path = path, Content = ReadOnlyMemory<byte>.Empty };
        var (result, _) = await QuarantineAsync(reference, manifest, existing, rejected.Reason, rejected.Message, 1, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<IngestResult> RemoveLockedAsync(string documentId, string path, CancellationToken cancellationToken)
    {
        await index.DeleteDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        await quarantine.RemoveAsync(path, cancellationToken).ConfigureAwait(false);
        for (var round = 0; round < MaxCompareAndSwapRounds; round++)
        {
            var existing = await manifests.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
            if (existing?.Manifest.Status == ManifestStatus.Removed)
            {
                break;
            }

            if (existing is null)
            {
                // Leave a tombstone: an ingestion of the same document that is still in flight then loses
                // its compare-and-swap, looks at the source again and finds the file gone.
                var now = time.GetUtcNow();
                var tombstone = new DocumentManifest
                {
                    DocumentId = documentId, SourcePath = path, ContentHash = string.Empty, PipelineVersion = pipelineVersion.Value,
                    Status = ManifestStatus.Removed, FirstSeenAt = now, UpdatedAt = now,
                };
                if (await manifests.TryWriteAsync(tombstone, null, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                continue;
            }

            var removed = existing.Manifest with { Status = ManifestStatus.Removed, ChunkIds = [], Summary = null, UpdatedAt = time.GetUtcNow() };
            if (await manifests.TryWriteAsync(removed, existing.Version, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        LogRemoved(documentId);
        return new IngestResult(documentId, path, IngestOutcome.Removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {ChunkCount} chunks for {DocumentId} ({Format}, {Encoding}, {MojibakeSpans} garbled spans)")]
    private partial void LogIndexed(string documentId, int chunkCount, string format, string encoding, int mojibakeSpans);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unchanged: {DocumentId} is already indexed with this content and pipeline version")]
    private partial void LogUnchanged(string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {DocumentId}: {Reason}: {FailureMessage}")]
    private partial void LogQuarantined(string documentId, FailureReason reason, string failureMessage);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored {SourcePath}: not an article file")]
    private partial void LogIgnored(string sourcePath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {DocumentId} from the index")]
    private partial void LogRemoved(string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transient failure indexing {DocumentId}, attempt {Attempt} of {MaxAttempts}")]
    private partial void LogTransient(Exception exception, string documentId, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the old chunks of {DocumentId} while quarantining it; the next re-index will")]
    private partial void LogStaleChunksLeft(Exception exception, string documentId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The pipeline failed on {DocumentId}; quarantined as ProcessingFailed")]
    private partial void LogProcessingFailed(Exception exception, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Manifest of {DocumentId} changed during ingestion (round {Round}); ingesting again from the source")]
    private partial void LogConcurrentWrite(string documentId, int round);
}
