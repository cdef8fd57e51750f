namespace Ingest.Pipeline.Query;

/// <summary>A validated query, the same for every index adapter.</summary>
public sealed record SearchQuery
{
    public const int MaxTextLength = 1000;
    public const int MaxTop = 50;
    public const int MaxSkip = 1000;

    /// <summary>Words to find; empty matches every passage (for browsing with filters).</summary>
    public string Text { get; init; } = string.Empty;

    public SearchMode Mode { get; init; } = SearchMode.Documents;
    public SearchFilters Filters { get; init; } = SearchFilters.None;
    public IReadOnlyList<FacetField> Facets { get; init; } = [];
    public int Top { get; init; } = 10;
    public int Skip { get; init; }
    public SearchOrder OrderBy { get; init; } = SearchOrder.Relevance;
}
