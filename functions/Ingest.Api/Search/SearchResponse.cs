using Ingest.Pipeline.Query;

namespace Ingest.Api.Search;

/// <summary>The body of a search answer.</summary>
public sealed record SearchResponse(long Count, IReadOnlyList<SearchHit> Results, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, double ElapsedMs);
