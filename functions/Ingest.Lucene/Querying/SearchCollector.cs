using Ingest.Lucene.Mapping;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ingest.Lucene.Querying;

/// <summary>
/// One pass over every match: counts them, feeds the facet counters and, in documents mode, keeps
/// the best passage per document (highest score, then lowest ordinal). It reads doc values only,
/// so its cost does not depend on passage length. The page of chunks in chunks mode comes from a
/// TopFieldCollector run alongside.
/// </summary>
internal sealed class SearchCollector(bool collapse, IReadOnlyList<FacetCounter> facets) : ICollector
{
    private readonly Dictionary<string, CollapsedHit> documents = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private Scorer? scorer;
    private int docBase;
    private SortedDocValues documentIds = DocValues.EMPTY_SORTED;
    private NumericDocValues ordinals = DocValues.EMPTY_NUMERIC;
    private NumericDocValues days = DocValues.EMPTY_NUMERIC;

    // Best passage per document ordinal of the current segment; -1 when the document has no match yet.
    private int[] bestDoc = [];
    private float[] bestScore = [];
    private int[] bestOrdinal = [];

    public long TotalHits { get; private set; }

    /// <summary>Must be false: the collapse and facet de-duplication rely on doc ids arriving in order.</summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        docBase = context.DocBase;
        documentIds = reader.GetSortedDocValues(FieldNames.DocumentId) ?? DocValues.EMPTY_SORTED;
        if (collapse)
        {
            ordinals = reader.GetNumericDocValues(FieldNames.Ordinal) ?? DocValues.EMPTY_NUMERIC;
            days = reader.GetNumericDocValues(FieldNames.PublishedDay) ?? DocValues.EMPTY_NUMERIC;
            bestDoc = new int[documentIds.ValueCount];
            bestScore = new float[documentIds.ValueCount];
            bestOrdinal = new int[documentIds.ValueCount];
            Array.Fill(bestDoc, -1);
        }

        foreach (var facet in facets)
        {
            facet.SetNextReader(reader);
        }
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var documentOrdinal = -1;
        if (collapse)
        {
            documentOrdinal = documentIds.GetOrd(doc);
            if (documentOrdinal >= 0)
            {
                Keep(doc, documentOrdinal);
            }
        }

        foreach (var facet in facets)
        {
            facet.Collect(doc, documentOrdinal);
        }
    }

    /// <summary>The best passage of every matching document; call after the search.</summary>
    public IReadOnlyCollection<CollapsedHit> Documents()
    {
        Flush();
        return documents.Values;
    }

    private void Keep(int doc, int documentOrdinal)
    {
        var score = scorer!.GetScore();
        var ordinal = (int)ordinals.Get(doc);
        var best = bestDoc[documentOrdinal];
        if (best < 0 || score > bestScore[documentOrdinal] || (score == bestScore[documentOrdinal] && ordinal < bestOrdinal[documentOrdinal]))
        {
            bestDoc[documentOrdinal] = doc;
            bestScore[documentOrdinal] = score;
            bestOrdinal[documentOrdinal] = ordinal;
        }
    }

    private void Flush()
    {
        for (var documentOrdinal = 0; documentOrdinal < bestDoc.Length; documentOrdinal++)
        {
            var doc = bestDoc[documentOrdinal];
            if (doc < 0)
            {
                continue;
            }

            documentIds.LookupOrd(documentOrdinal, scratch);
            var hit = new CollapsedHit(docBase + doc, bestScore[documentOrdinal], bestOrdinal[documentOrdinal], (int)days.Get(doc), scratch.Utf8ToString());

            // A document's live chunks sit in one segment, so this only guards against the impossible.
            if (!documents.TryGetValue(hit.DocumentId, out var other) || hit.Score > other.Score)
            {
                documents[hit.DocumentId] = hit;
            }
        }

        bestDoc = [];
    }
}
