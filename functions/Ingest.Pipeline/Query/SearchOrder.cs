namespace Ingest.Pipeline.Query;

public enum SearchOrder
{
    Relevance,
    /// <summary>Newest publication date first.</summary>
    Date,
}
