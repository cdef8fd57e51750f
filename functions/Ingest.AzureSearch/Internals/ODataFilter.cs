using System.Globalization;
using System.Text;
using Ingest.Pipeline.Query;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// Builds OData filters. Every value is a string literal with its single quotes doubled, the only
/// escape OData string literals have, so a value such as <c>广东') or true</c> stays one literal
/// that matches nothing. Alternatives are spelled out as <c>any(t: t eq '…')</c> joined with
/// <c>or</c> rather than <c>search.in</c>, whose delimiter could occur in a value.
/// </summary>
internal static class ODataFilter
{
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string DocumentIs(string documentId) => $"{SearchFields.DocumentId} eq {Literal(documentId)}";

    /// <summary>The filter of a query, or null when it has none.</summary>
    public static string? Build(SearchFilters filters)
    {
        var clauses = new List<string>();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var values = filters.ValuesOf(field).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var name = SearchFields.Of(field);
            var alternatives = values.Select(v => SearchFields.IsCollection(field)
                ? $"{name}/any(t: t eq {Literal(v)})"
                : $"{name} eq {Literal(v)}");
            clauses.Add("(" + string.Join(" or ", alternatives) + ")");
        }

        // A date range excludes undated passages: null compares false with ge and le.
        if (filters.From is { } from)
        {
            clauses.Add($"{SearchFields.PublishedAt} ge {Date(from)}");
        }

        if (filters.To is { } to)
        {
            clauses.Add($"{SearchFields.PublishedAt} le {Date(to)}");
        }

        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
