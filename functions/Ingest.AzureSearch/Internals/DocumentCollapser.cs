using Azure.Search.Documents.Models;
using Ingest.Pipeline.Query;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// Documents mode, done client-side: the service ranks and counts passages, so the adapter reads
/// the first <see cref="MaxChunks"/> matching passages, keeps the best one per document (highest
/// score, then lowest ordinal), and counts facets once per document from the tag values, which are
/// document-level and so the same on every passage. Beyond that many matching passages the counts
/// cover only the passages read: a documented limit of this adapter.
/// </summary>
internal sealed class DocumentCollapser(IReadOnlyList<FacetField> facets)
{
    public const int MaxChunks = 1000;

    private readonly Dictionary<string, Best> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<FacetField, Dictionary<string, HashSet<string>>> facetDocuments =
        facets.ToDictionary(f => f, _ => new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));

    public void Add(SearchResult<SearchDocument> result)
    {
        var document = result.Document;
        var documentId = ChunkMapper.String(document, SearchFields.DocumentId);
        var score = result.Score ?? 0;
        var ordinal = ChunkMapper.Int(document, SearchFields.Ordinal);
        if (!documents.TryGetValue(documentId, out var best) || score > best.Score || (score == best.Score && ordinal < best.Ordinal))
        {
            documents[documentId] = new Best(result, score, ordinal, ChunkMapper.Date(document));
        }

        foreach (var (facet, counts) in facetDocuments)
        {
            foreach (var value in ChunkMapper.Tags(document, facet))
            {
                if (!counts.TryGetValue(value, out var ids))
                {
                    counts[value] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(documentId);
            }
        }
    }

    public int Count => documents.Count;

    /// <summary>Documents by their best passage: by score or newest first (undated last); ties by document id.</summary>
    public IEnumerable<(SearchResult<SearchDocument> Result, double Score)> Ordered(SearchOrder order)
    {
        var all = documents.Select(p => (Id: p.Key, Best: p.Value));
        var ordered = order == SearchOrder.Date
            ? all.OrderByDescending(d => d.Best.Date ?? DateOnly.MinValue).ThenByDescending(d => d.Best.Score).ThenBy(d => d.Id, StringComparer.Ordinal)
            : all.OrderByDescending(d => d.Best.Score).ThenBy(d => d.Id, StringComparer.Ordinal);
        return ordered.Select(d => (d.Best.Result, d.Best.Score));
    }

    public Dictionary<FacetField, IReadOnlyList<FacetCount>> Facets() =>
        facetDocuments.ToDictionary(
            p => p.Key,
            p => FacetOrder.Top(p.Value.Select(v => new FacetCount(v.Key, v.Value.Count))));

    private sealed record Best(SearchResult<SearchDocument> Result, double Score, int Ordinal, DateOnly? Date);
}
