using Ingest.Pipeline.State;

namespace Ingest.Api.Documents;

/// <summary>The body of <c>GET /api/documents/{documentId}</c>.</summary>
public sealed record DocumentResponse
{
    public required string DocumentId { get; init; }
    public required string Path { get; init; }
    public required string Status { get; init; }
    public string? FailureReason { get; init; }
    public string? FailureMessage { get; init; }
    public required string ContentHash { get; init; }
    public required string PipelineVersion { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DocumentSummary? Document { get; init; }
    public IReadOnlyList<DocumentChunk> Chunks { get; init; } = [];
}
