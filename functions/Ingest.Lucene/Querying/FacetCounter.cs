using Ingest.Lucene.Mapping;
using Ingest.Pipeline.Query;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Ingest.Lucene.Querying;

/// <summary>
/// Counts the values of one keyword field over every match, from sorted-set doc values (no stored
/// fields are read). Counts are kept per segment ordinal and turned into strings once per segment.
/// Written by hand because Lucene.Net.Facet is not available to us; these fields are small.
/// </summary>
internal sealed class FacetCounter(FacetField facet, bool perDocument)
{
    public const int MaxValues = 20;

    private readonly string field = FieldNames.Of(facet);
    private readonly Dictionary<string, long> totals = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();
    private SortedSetDocValues values = DocValues.EMPTY_SORTED_SET;
    private long[] counts = [];
    private int[] lastDocument = [];

    public FacetField Facet => facet;

    public void SetNextReader(AtomicReader reader)
    {
        Flush();
        values = reader.GetSortedSetDocValues(field) ?? DocValues.EMPTY_SORTED_SET;
        var valueCount = checked((int)values.ValueCount);
        counts = new long[valueCount];
        if (perDocument)
        {
            lastDocument = new int[valueCount];
            Array.Fill(lastDocument, -1);
        }
    }

    /// <param name="doc">The matching chunk, within the segment.</param>
    /// <param name="documentOrdinal">
    /// The segment ordinal of the chunk's document id, in documents mode. A document's chunks are
    /// one block of consecutive doc ids in one segment (they are always added together), so
    /// remembering the last document counted per value counts each document once.
    /// </param>
    public void Collect(int doc, int documentOrdinal)
    {
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (perDocument)
            {
                if (lastDocument[ord] == documentOrdinal)
                {
                    continue;
                }

                lastDocument[ord] = documentOrdinal;
            }

            counts[ord]++;
        }
    }

    /// <summary>The most frequent values, most first, ties by value.</summary>
    public IReadOnlyList<FacetCount> Result()
    {
        Flush();
        return totals
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(MaxValues)
            .Select(p => new FacetCount(p.Key, p.Value))
            .ToList();
    }

    private void Flush()
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
        }

        counts = [];
    }
}
