using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Query;

/// <summary>
/// Answers queries through the index port. Filter values are brought to the canonical form the
/// index stores (Traditional folded to Simplified, place aliases merged), so <c>place=廣東省</c>,
/// <c>place=廣東</c> and <c>place=广东</c> select the same articles.
/// </summary>
public sealed class QueryService(ISearchIndex index, Tagging.Gazetteer.Gazetteer gazetteer)
{
    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var filters = query.Filters;
        var canonical = filters with
        {
            Persons = Fold(filters.Persons),
            Places = filters.Places.Select(CanonicalPlace).Distinct(StringComparer.Ordinal).ToList(),
            Organizations = Fold(filters.Organizations),
            Works = filters.Works.Select(w => ScriptFolder.ToSimplified(w.Trim().Trim('《', '》', '〈', '〉'))).Distinct(StringComparer.Ordinal).ToList(),
            Themes = filters.Themes.Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList(),
            Languages = filters.Languages.Select(l => TextScriptExtensions.FromTag(l)?.ToTag() ?? l.Trim()).Distinct(StringComparer.Ordinal).ToList(),
        };

        return index.SearchAsync(query with { Filters = canonical }, cancellationToken);
    }

    private string CanonicalPlace(string value)
    {
        var simplified = ScriptFolder.ToSimplified(value.Trim());
        return gazetteer.TryGet(simplified, out var place) ? place.Canonical : simplified;
    }

    private static List<string> Fold(IReadOnlyList<string> values) =>
        values.Select(v => ScriptFolder.ToSimplified(v.Trim())).Distinct(StringComparer.Ordinal).ToList();
}
