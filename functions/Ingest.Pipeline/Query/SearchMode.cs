namespace Ingest.Pipeline.Query;

public enum SearchMode
{
    /// <summary>One best passage per article (the default).</summary>
    Documents,
    /// <summary>Every matching passage.</summary>
    Chunks,
}
