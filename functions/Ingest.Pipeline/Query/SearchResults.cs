namespace Ingest.Pipeline.Query;

/// <summary>The answer to a query.</summary>
/// <param name="Count">Total matches: articles in documents mode, passages in chunks mode.</param>
/// <param name="Hits">The requested page of hits.</param>
/// <param name="Facets">Counts per value of each requested facet (articles in documents mode).</param>
public sealed record SearchResults(long Count, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<FacetField, IReadOnlyList<FacetCount>> Facets);
