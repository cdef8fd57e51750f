namespace Ingest.Pipeline.Query;

/// <summary>Fields that can be filtered and faceted. The API uses the lower-case names.</summary>
public enum FacetField
{
    Theme,
    Person,
    Place,
    Organization,
    Work,
    Event,
    Language,
    Source,
}
