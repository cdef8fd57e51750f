using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Health;

/// <summary>
/// <c>GET /api/health</c>: 200 with the active index generation's figures and the generations
/// (active, being built, kept for a rollback) when the index answers, 503 otherwise.
/// </summary>
public sealed class HealthEndpoint(ISearchIndex index, IndexGenerations generations, PipelineVersion pipelineVersion)
{
    public async Task<IResult> HandleAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = await index.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            var catalog = await generations.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
            var health = new HealthResponse("healthy", statistics.Documents, statistics.Chunks, pipelineVersion.Value,
                new HealthIndex(catalog.Active, catalog.Building, catalog.Previous, catalog.SwitchedAt));
            return Results.Json(health, ApiJson.Options);
        }
        catch (Exception ex) when (ex is SearchUnavailableException or Pipeline.Failures.TransientStoreException)
        {
            return Results.Json(new HealthResponse("unavailable", null, null, pipelineVersion.Value), ApiJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
