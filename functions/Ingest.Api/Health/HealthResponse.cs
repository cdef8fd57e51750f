namespace Ingest.Api.Health;

/// <summary>The body of <c>GET /api/health</c>.</summary>
public sealed record HealthResponse(string Status, long? Documents, long? Chunks, string PipelineVersion, HealthIndex? Index = null);
