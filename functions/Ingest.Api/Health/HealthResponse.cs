namespace Ingest.Api.Health;

public sealed record HealthResponse(string Status, long? Documents, long? Chunks, string PipelineVersion);
