using Ingest.Pipeline.Query;

namespace Ingest.Pipeline.Indexing;

/// <summary>
/// The search index port. Adapters: embedded Lucene.NET (local default) and Azure AI Search.
/// Adapters throw <see cref="Failures.TransientStoreException"/> for faults worth retrying and
/// <see cref="SearchUnavailableException"/> when the index cannot answer at all.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Makes <paramref name="chunks"/> the whole content of the document in the index: chunks
    /// with the same id are replaced, and chunks of the document that are not in the list are deleted.
    /// </summary>
    Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default);

    /// <summary>Deletes every chunk of the document. Deleting a document that is not there is not an error.</summary>
    Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The document's chunks in ordinal order; empty when the document is not indexed.</summary>
    Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Every indexed (document id, chunk id, content hash), for reconciliation and checks.</summary>
    IAsyncEnumerable<IndexEntry> ListEntriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of chunks and documents in the index; throws when it is unreachable.</summary>
    Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
