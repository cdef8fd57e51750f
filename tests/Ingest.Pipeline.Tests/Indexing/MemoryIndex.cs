using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;

namespace Ingest.Pipeline.Tests.Indexing;

/// <summary>
/// An index in memory with the port's write semantics (a replace makes the chunks the whole
/// document). Searching only counts chunks: these tests ask which generation answers, not what.
/// </summary>
internal sealed class MemoryIndex : ISearchIndex
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<IndexedChunk>> _documents = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> DocumentIds => [.. _documents.Keys.Order(StringComparer.Ordinal)];

    public Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        if (chunks.Count == 0)
        {
            _documents.TryRemove(documentId, out _);
        }
        else
        {
            _documents[documentId] = [.. chunks];
        }

        return Task.CompletedTask;
    }

    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        _documents.TryRemove(documentId, out _);
        return Task.CompletedTask;
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new SearchResults(_documents.Values.Sum(c => c.Count), [], new Dictionary<FacetField, IReadOnlyList<FacetCount>>()));

    public Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents.GetValueOrDefault(documentId) ?? []);

    public async IAsyncEnumerable<IndexEntry> ListEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var chunk in _documents.Values.SelectMany(c => c).OrderBy(c => c.ChunkId, StringComparer.Ordinal))
        {
            await Task.Yield();
            yield return new IndexEntry(chunk.DocumentId, chunk.ChunkId, chunk.ContentHash, chunk.PipelineVersion);
        }
    }

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new IndexStatistics(_documents.Values.Sum(c => c.Count), _documents.Count));

    /// <summary>The content hash of a document's chunks, or null when it is not indexed.</summary>
    public string? HashOf(string documentId) => _documents.GetValueOrDefault(documentId)?[0].ContentHash;
}
