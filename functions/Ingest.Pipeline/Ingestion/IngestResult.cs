using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.Ingestion;

/// <summary>The result of ingesting or removing one file.</summary>
public sealed record IngestResult(string DocumentId, string Path, IngestOutcome Outcome, int ChunkCount = 0, FailureReason? Reason = null, string? Message = null);
