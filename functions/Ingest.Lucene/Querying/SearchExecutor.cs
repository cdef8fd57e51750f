using Ingest.Lucene.Mapping;
using Ingest.Pipeline.Query;
using Lucene.Net.Search;

namespace Ingest.Lucene.Querying;

/// <summary>Answers a <see cref="SearchQuery"/> from one searcher: one pass over the matches, then stored fields for the page only.</summary>
internal sealed class SearchExecutor(TextQueryBuilder queries, SnippetBuilder snippets)
{
    public SearchResults Execute(IndexSearcher searcher, SearchQuery query)
    {
        var parsed = queries.Build(query.Text);
        var filter = FilterBuilder.Build(query.Filters);
        var collapse = query.Mode == SearchMode.Documents;
        var facets = query.Facets.Distinct().Select(f => new FacetCounter(f, perDocument: collapse)).ToList();
        var skip = Math.Clamp(query.Skip, 0, SearchQuery.MaxSkip);
        var top = Math.Clamp(query.Top, 0, SearchQuery.MaxTop);

        var collector = new SearchCollector(collapse, facets);
        var topChunks = !collapse && skip + top > 0
            ? TopFieldCollector.Create(ChunkOrder(query.OrderBy), skip + top, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : null;
        searcher.Search(parsed.Match, filter, topChunks is null ? collector : MultiCollector.Wrap(collector, topChunks));

        long count;
        IEnumerable<(int Doc, float Score)> page;
        if (collapse)
        {
            var documents = collector.Documents();
            count = documents.Count;
            page = DocumentOrder(documents, query.OrderBy).Skip(skip).Take(top).Select(d => (d.Doc, d.Score));
        }
        else
        {
            count = collector.TotalHits;
            page = topChunks is null ? [] : topChunks.GetTopDocs(skip, top).ScoreDocs.Select(d => (d.Doc, d.Score));
        }

        var hits = page.Select(p =>
        {
            var document = searcher.Doc(p.Doc);
            return ChunkDocumentMapper.ToHit(document, snippets.Build(parsed, document.Get(FieldNames.Text) ?? string.Empty), p.Score);
        }).ToList();

        var facetCounts = facets.ToDictionary(f => f.Facet, f => f.Result());
        return new SearchResults(count, hits, facetCounts);
    }

    /// <summary>Chunks: by score or newest first; ties by document id and ordinal so pages are stable.</summary>
    private static Sort ChunkOrder(SearchOrder order)
    {
        var byDocument = new SortField(FieldNames.DocumentId, SortFieldType.STRING);
        var byOrdinal = new SortField(FieldNames.Ordinal, SortFieldType.INT32);
        return order == SearchOrder.Date
            ? new Sort(new SortField(FieldNames.PublishedDay, SortFieldType.INT32, reverse: true), SortField.FIELD_SCORE, byDocument, byOrdinal)
            : new Sort(SortField.FIELD_SCORE, byDocument, byOrdinal);
    }

    /// <summary>Documents, each by its best passage: by score or newest first (undated last); ties by document id.</summary>
    private static IEnumerable<CollapsedHit> DocumentOrder(IEnumerable<CollapsedHit> documents, SearchOrder order) => order == SearchOrder.Date
        ? documents.OrderByDescending(d => d.Day).ThenByDescending(d => d.Score).ThenBy(d => d.DocumentId, StringComparer.Ordinal)
        : documents.OrderByDescending(d => d.Score).ThenBy(d => d.DocumentId, StringComparer.Ordinal);
}
