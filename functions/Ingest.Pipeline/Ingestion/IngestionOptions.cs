using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Ingestion;

/// <summary>Settings of the ingestion service. Bound from <c>Ingest:Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingest:Ingestion";

    /// <summary>Attempts on transient faults (index or storage unavailable) before a file is quarantined. Default 5.</summary>
    [Range(1, 100)]
    public int MaxTransientAttempts { get; set; } = 5;
}
