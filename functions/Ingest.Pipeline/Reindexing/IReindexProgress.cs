using Ingest.Pipeline.Ingestion;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Receives the outcome of every work item that a re-index run enqueued, so the run can count
/// what its items did and tell when it is done.
/// </summary>
public interface IReindexProgress
{
    /// <summary>A work item of run <paramref name="reindexId"/> finished with <paramref name="outcome"/>.</summary>
    void Report(string reindexId, IngestOutcome outcome);

    /// <summary>A work item of run <paramref name="reindexId"/> threw; the queue may retry it.</summary>
    void ReportFailure(string reindexId);

    /// <summary>A work item of run <paramref name="reindexId"/> threw on its last attempt: the queue gives it up.</summary>
    void ReportAbandoned(string reindexId);
}
