using Ingest.Lucene.Mapping;
using Ingest.Pipeline.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Lucene.Querying;

/// <summary>
/// Turns <see cref="SearchFilters"/> into a Lucene filter, which narrows the matches without
/// touching their scores. Values are exact terms on keyword fields and are never parsed, so a
/// value such as <c>广东') or true</c> is a term that simply matches nothing.
/// </summary>
internal static class FilterBuilder
{
    /// <summary>The filter, or null when the query has none.</summary>
    public static Filter? Build(SearchFilters filters)
    {
        var all = new BooleanQuery();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var values = filters.ValuesOf(field);
            if (values.Count == 0)
            {
                continue;
            }

            var anyOf = new BooleanQuery();
            foreach (var value in values.Distinct(StringComparer.Ordinal))
            {
                anyOf.Add(new TermQuery(new Term(FieldNames.Of(field), value)), Occur.SHOULD);
            }

            all.Add(anyOf, Occur.MUST);
        }

        if (filters.From is not null || filters.To is not null)
        {
            // Passages without a date have no term in this field, so a date range excludes them.
            var from = filters.From is { } f ? PublishedDay.From(f) : (int?)null;
            var to = filters.To is { } t ? PublishedDay.From(t) : (int?)null;
            all.Add(NumericRangeQuery.NewInt32Range(FieldNames.PublishedDay, from, to, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }
}
