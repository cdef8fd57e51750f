using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.State;

/// <summary>The reason file written beside a quarantined copy.</summary>
public sealed record QuarantineRecord(
    string DocumentId,
    string SourcePath,
    FailureReason Reason,
    string Message,
    string ContentHash,
    string PipelineVersion,
    int Attempts,
    DateTimeOffset QuarantinedAt);
