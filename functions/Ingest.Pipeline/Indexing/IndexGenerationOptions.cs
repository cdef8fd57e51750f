using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Indexing;

/// <summary>How instances learn which index generation is active. Bound from <c>Ingest:Index</c>.</summary>
public sealed class IndexGenerationOptions
{
    public const string SectionName = "Ingest:Index";

    /// <summary>
    /// True when several instances share the catalog (the Functions app): each re-reads it every
    /// <see cref="RefreshInterval"/>, and a full re-index waits that long after creating its new
    /// generation before enqueueing, so every instance writes to it too. False when one process
    /// owns the index (the local host): the catalog is read once and kept. Default true.
    /// </summary>
    public bool Shared { get; set; } = true;

    /// <summary>How often a shared catalog is read again. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
