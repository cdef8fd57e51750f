namespace Ingest.Pipeline.Ingestion;

/// <summary>How one ingestion attempt ended.</summary>
public enum IngestOutcome
{
    /// <summary>New or changed content was indexed.</summary>
    Indexed,
    /// <summary>Same content and pipeline version as already indexed: nothing written.</summary>
    Unchanged,
    /// <summary>The file failed permanently and was quarantined.</summary>
    Quarantined,
    /// <summary>Already quarantined for the same content and pipeline version: not retried.</summary>
    StillQuarantined,
    /// <summary>The file is gone from the source; its chunks were removed.</summary>
    Removed,
    /// <summary>The path is not an article (a temporary file, a folder placeholder): nothing done.</summary>
    Ignored,
}
