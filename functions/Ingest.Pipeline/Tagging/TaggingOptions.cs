using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Tagging;

/// <summary>Settings of the tagging stage. Bound from <c>Ingest:Tagging</c>.</summary>
public sealed class TaggingOptions
{
    public const string SectionName = "Ingest:Tagging";

    /// <summary>Path of a taxonomy JSON file to use instead of the embedded default. Default: none.</summary>
    public string? TaxonomyPath { get; set; }

    /// <summary>
    /// Folder holding jieba.NET's data files (dict.txt, the HMM tables, idf.txt). Default: the
    /// <c>Resources</c> folder the build copies beside the application.
    /// </summary>
    public string? JiebaResourcesPath { get; set; }

    /// <summary>Lowest theme score kept, per passage and per document. Default 0.35.</summary>
    [Range(0.0, 1.0)]
    public double ThemeThreshold { get; set; } = 0.35;

    /// <summary>Most themes kept per passage and per document. Default 3.</summary>
    [Range(1, 20)]
    public int ThemeTopK { get; set; } = 3;

    /// <summary>Key phrases kept per document (0 turns them off). Default 10.</summary>
    [Range(0, 50)]
    public int KeyPhraseCount { get; set; } = 10;
}
