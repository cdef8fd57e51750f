using System.Runtime.CompilerServices;
using Ingest.Lucene.Analysis;
using Ingest.Lucene.Mapping;
using Ingest.Lucene.Querying;
using Ingest.Lucene.Reading;
using Ingest.Lucene.Storage;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Lucene;

/// <summary>
/// The search index on local disk: one Lucene index of passages (one Lucene document per chunk).
/// Writes are visible to searches when the call returns and durable within
/// <see cref="LuceneIndexOptions.CommitDelay"/>; dispose commits the rest. Only one process may open
/// the folder. Lucene work is synchronous and short, so the async methods run it on the caller's
/// thread and return completed tasks.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private readonly FoldingAnalyzer indexAnalyzer = FoldingAnalyzer.ForIndexing();
    private readonly FoldingAnalyzer queryAnalyzer = FoldingAnalyzer.ForQuery();
    private readonly IndexStore store;
    private readonly SearchExecutor executor;
    private readonly ILogger<LuceneSearchIndex> logger;
    private bool disposed;

    /// <exception cref="InvalidOperationException">Another process holds the index folder.</exception>
    public LuceneSearchIndex(IOptions<LuceneIndexOptions> options, TimeProvider timeProvider, ILogger<LuceneSearchIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        var settings = options.Value;
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.IndexPath, nameof(options));
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.IndexPath));
        try
        {
            store = new IndexStore(path, settings.CommitDelay, indexAnalyzer, timeProvider, logger);
        }
        catch
        {
            indexAnalyzer.Dispose();
            queryAnalyzer.Dispose();
            throw;
        }

        executor = new SearchExecutor(new TextQueryBuilder(queryAnalyzer), new SnippetBuilder(indexAnalyzer));
    }

    /// <summary>
    /// True when the folder could not be read at start-up and was moved aside (to
    /// <c>{IndexPath}.corrupt-{timestamp}</c>) for an empty index: the host should re-ingest every source.
    /// </summary>
    public bool RecoveredFromCorruption => store.RecoveredFromCorruption;

    public Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.FirstOrDefault(c => !string.Equals(c.DocumentId, documentId, StringComparison.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"Chunk {stranger.ChunkId} belongs to {stranger.DocumentId}, not {documentId}.", nameof(chunks));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var documents = chunks.Select(ChunkDocumentMapper.ToDocument).ToList();
        return Write(documentId, writer =>
        {
            // UpdateDocuments deletes by the document id and adds the new chunks as one block, atomically:
            // no reader ever sees the document half-replaced, stale chunks go, and nothing is doubled.
            writer.UpdateDocuments(new Term(FieldNames.DocumentId, documentId), documents);
        });
    }

    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        return Write(documentId, writer => writer.DeleteDocuments(new Term(FieldNames.DocumentId, documentId)));
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(searcher => executor.Execute(searcher, query), cancellationToken);
    }

    public Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return Read(searcher => IndexReading.DocumentChunks(searcher, documentId), cancellationToken);
    }

    public async IAsyncEnumerable<IndexEntry> ListEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);

        // One lease for the whole walk: the entries are one consistent snapshot, segment by segment.
        using var lease = LeaseForReading();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            List<IndexEntry> entries;
            try
            {
                entries = IndexReading.Entries(leaf.AtomicReader, cancellationToken);
            }
            catch (Exception e) when (IsStoreFailure(e))
            {
                throw Unavailable(e);
            }

            foreach (var entry in entries)
            {
                yield return entry;
            }

            // Lets a consumer on a single-threaded context breathe between segments.
            await Task.Yield();
        }
    }

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Read(searcher => IndexReading.Statistics(searcher.IndexReader), cancellationToken);

    public void Dispose()
    {
        disposed = true;
        store.Dispose();
        indexAnalyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    private Task Write(string documentId, Action<IndexWriter> change)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            store.Write(change);
            LogWritten(logger, documentId);
            return Task.CompletedTask;
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogWriteFailed(logger, e, documentId);
            return Task.FromException(new TransientStoreException("The search index could not be written; try again.", e));
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }

    private Task<T> Read<T>(Func<IndexSearcher, T> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        ObjectDisposedException.ThrowIf(disposed, this);

        try
        {
            using var lease = LeaseForReading();
            try
            {
                return Task.FromResult(read(lease.Searcher));
            }
            catch (Exception e) when (IsStoreFailure(e))
            {
                throw Unavailable(e);
            }
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private SearcherLease LeaseForReading()
    {
        try
        {
            return store.Lease();
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            throw Unavailable(e);
        }
    }

    /// <summary>Lucene reports I/O trouble as IOException (corruption included) and a closed index as ObjectDisposedException.</summary>
    private static bool IsStoreFailure(Exception e) => e is IOException or ObjectDisposedException;

    private SearchUnavailableException Unavailable(Exception e)
    {
        LogReadFailed(logger, e);
        return new SearchUnavailableException("The search index cannot answer right now.", e);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Wrote {DocumentId} to the Lucene index")]
    private static partial void LogWritten(ILogger logger, string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {DocumentId} to the Lucene index failed")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the Lucene index failed")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
