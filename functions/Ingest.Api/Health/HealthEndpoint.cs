using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Health;

/// <summary><c>GET /api/health</c>: 200 with index figures when the index answers, 503 otherwise.</summary>
public sealed class HealthEndpoint(ISearchIndex index, PipelineVersion pipelineVersion)
{
    public async Task<IResult> HandleAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = await index.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            return Results.Json(new HealthResponse("healthy", statistics.Documents, statistics.Chunks, pipelineVersion.Value), ApiJson.Options);
        }
        catch (Exception ex) when (ex is SearchUnavailableException or Pipeline.Failures.TransientStoreException)
        {
            return Results.Json(new HealthResponse("unavailable", null, null, pipelineVersion.Value), ApiJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
