using System.ComponentModel.DataAnnotations;

namespace Ingest.Lucene;

/// <summary>Where and how the embedded Lucene index is kept. Bound from <c>Ingest:Lucene</c>.</summary>
public sealed class LuceneIndexOptions
{
    public const string SectionName = "Ingest:Lucene";

    /// <summary>Folder of the index generations (one sub-folder each); created when missing. Required. One process at a time may open a generation.</summary>
    [Required]
    public string IndexPath { get; set; } = string.Empty;

    /// <summary>
    /// Longest time between a write and the commit that makes it durable. Writes are visible to
    /// searches at once; the commit (an fsync) runs at most once per delay, and always on dispose. Default 1 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CommitDelay { get; set; } = TimeSpan.FromSeconds(1);
}
