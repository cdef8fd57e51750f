using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.State;

/// <summary>
/// What the pipeline knows about one document: where it came from, which content and pipeline
/// version produced what is indexed, and how the last attempt ended. Makes ingestion idempotent
/// and lets the re-index job diff the source against the index without reading the index.
/// </summary>
public sealed record DocumentManifest
{
    public required string DocumentId { get; init; }
    public required string SourcePath { get; init; }
    public string? ETag { get; init; }
    public long Size { get; init; }

    /// <summary>Hex SHA-256 of the file's bytes.</summary>
    public required string ContentHash { get; init; }

    public required string PipelineVersion { get; init; }
    public required ManifestStatus Status { get; init; }
    public IReadOnlyList<string> ChunkIds { get; init; } = [];

    public FailureReason? FailureReason { get; init; }
    public string? FailureMessage { get; init; }

    /// <summary>Consecutive failed attempts on the current content (transient faults included).</summary>
    public int FailedAttempts { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The analysis shown by <c>GET /api/documents/{id}</c>; null for failed documents.</summary>
    public DocumentSummary? Summary { get; init; }
}
