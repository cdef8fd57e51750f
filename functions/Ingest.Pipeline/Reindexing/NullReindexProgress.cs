using Ingest.Pipeline.Ingestion;

namespace Ingest.Pipeline.Reindexing;

/// <summary>Discards progress: the default where no process keeps re-index runs.</summary>
internal sealed class NullReindexProgress : IReindexProgress
{
    public void Report(string reindexId, IngestOutcome outcome)
    {
    }

    public void ReportFailure(string reindexId)
    {
    }

    public void ReportAbandoned(string reindexId)
    {
    }
}
