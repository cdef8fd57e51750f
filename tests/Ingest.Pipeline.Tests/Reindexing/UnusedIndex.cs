using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>An index the re-index tests never reach; present only so the services resolve.</summary>
internal sealed class UnusedIndex : ISearchIndex
{
    public Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public IAsyncEnumerable<IndexEntry> ListEntriesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
