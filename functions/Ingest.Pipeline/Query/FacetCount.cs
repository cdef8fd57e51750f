namespace Ingest.Pipeline.Query;

public sealed record FacetCount(string Value, long Count);
