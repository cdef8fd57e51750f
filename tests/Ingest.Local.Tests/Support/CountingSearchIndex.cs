using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;

namespace Ingest.Local.Tests.Support;

/// <summary>Counts the writes that reach the index, so a test can assert that a no-op wrote nothing.</summary>
internal sealed class CountingSearchIndex(ISearchIndex inner) : ISearchIndex
{
    private int _replaces;
    private int _deletes;

    public int Replaces => Volatile.Read(ref _replaces);
    public int Deletes => Volatile.Read(ref _deletes);
    public int Writes => Replaces + Deletes;

    public Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _replaces);
        return inner.ReplaceDocumentAsync(documentId, chunks, cancellationToken);
    }

    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _deletes);
        return inner.DeleteDocumentAsync(documentId, cancellationToken);
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default) =>
        inner.GetDocumentChunksAsync(documentId, cancellationToken);

    public IAsyncEnumerable<IndexEntry> ListEntriesAsync(CancellationToken cancellationToken = default) => inner.ListEntriesAsync(cancellationToken);

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);
}
