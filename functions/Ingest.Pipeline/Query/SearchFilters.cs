namespace Ingest.Pipeline.Query;

/// <summary>Filters of a query. Values within one field are alternatives (any of); fields combine with AND.</summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Works { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Earliest publication date, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest publication date, inclusive.</summary>
    public DateOnly? To { get; init; }

    public IReadOnlyList<string> ValuesOf(FacetField field) => field switch
    {
        FacetField.Theme => Themes,
        FacetField.Person => Persons,
        FacetField.Place => Places,
        FacetField.Organization => Organizations,
        FacetField.Work => Works,
        FacetField.Language => Languages,
        FacetField.Source => Sources,
        _ => [],
    };
}
