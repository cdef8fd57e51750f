using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Extraction;

/// <summary>Limits of the extraction stage. Bound from the <c>Ingest:Extraction</c> configuration section.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Ingest:Extraction";

    /// <summary>Largest file accepted, in bytes. Default 50 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Cap on the expanded size of a compressed container (.docx). Default 200 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxExpandedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Deepest HTML element nesting accepted. Default 512.</summary>
    [Range(16, 100_000)]
    public int MaxHtmlDepth { get; set; } = 512;
}
