using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Reindexing;

/// <summary>How re-index runs enumerate, count and finish. Bound from <c>Ingest:Reindex</c>.</summary>
public sealed class ReindexOptions
{
    public const string SectionName = "Ingest:Reindex";

    /// <summary>Source entries per page; the run's checkpoint is saved after each page. Default 500.</summary>
    [Range(1, 5000)]
    public int PageSize { get; set; } = 500;

    /// <summary>
    /// How long an enumerated run may go without any of its items reporting before it no longer
    /// keeps a new run from starting. Default 10 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan IdleLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the outcomes counted by this instance are added to the shared run record. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many times a full re-index re-enqueues documents that its new generation is still
    /// missing when its items are done, before it gives up without switching. Default 3.
    /// </summary>
    [Range(0, 10)]
    public int MaxVerifyRounds { get; set; } = 3;

    /// <summary>How many runs the run store keeps; older ones are deleted when a run starts. Default 20.</summary>
    [Range(1, 1000)]
    public int KeptRuns { get; set; } = 20;
}
