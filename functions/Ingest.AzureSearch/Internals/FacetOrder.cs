using Ingest.Pipeline.Query;

namespace Ingest.AzureSearch.Internals;

/// <summary>The order both adapters give facet values: most first, ties by value, at most <see cref="MaxValues"/>.</summary>
internal static class FacetOrder
{
    public const int MaxValues = 20;

    public static IReadOnlyList<FacetCount> Top(IEnumerable<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(MaxValues).ToList();
}
