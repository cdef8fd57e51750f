using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Tagging;

/// <summary>Settings of the tagging stage. Bound from <c>Ingest:Tagging</c>.</summary>
public sealed class TaggingOptions
{
    public const string SectionName = "Ingest:Tagging";

    /// <summary>Path of a taxonomy JSON file to use instead of the embedded default. Default: none.</summary>
    public string? TaxonomyPath { get; set; }

    /// <summary>Lowest theme score kept. Default 0.35.</summary>
    [Range(0.0, 1.0)]
    public double ThemeThreshold { get; set; } = 0.35;

    /// <summary>Most themes kept per passage and per document. Default 3.</summary>
    [Range(1, 20)]
    public int ThemeTopK { get; set; } = 3;
}
