using System.ComponentModel.DataAnnotations;

namespace Ingest.Local.Queueing;

/// <summary>How the local host works through its queue. Bound from <c>Ingest:LocalQueue</c>.</summary>
public sealed class WorkQueueOptions
{
    public const string SectionName = "Ingest:LocalQueue";

    /// <summary>Items processed at once. Default: the number of processors.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Delay before a transient failure is retried; doubles each attempt. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
