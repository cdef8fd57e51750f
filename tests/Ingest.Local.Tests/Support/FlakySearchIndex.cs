using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;

namespace Ingest.Local.Tests.Support;

/// <summary>An index that throws <see cref="TransientStoreException"/> on writes while <see cref="Down"/> is set.</summary>
internal sealed class FlakySearchIndex(ISearchIndex inner) : ISearchIndex
{
    private volatile bool _down;

    public bool Down { get => _down; set => _down = value; }

    public Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default) =>
        _down ? throw new TransientStoreException("The index is down for the test.") : inner.ReplaceDocumentAsync(documentId, chunks, cancellationToken);

    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        _down ? throw new TransientStoreException("The index is down for the test.") : inner.DeleteDocumentAsync(documentId, cancellationToken);

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default) =>
        inner.GetDocumentChunksAsync(documentId, cancellationToken);

    public IAsyncEnumerable<IndexEntry> ListEntriesAsync(CancellationToken cancellationToken = default) => inner.ListEntriesAsync(cancellationToken);

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);
}
