using Ingest.Api.Health;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>GET /api/health</c>, anonymous so that probes need no key.</summary>
public sealed class Health(HealthEndpoint health)
{
    [Function(nameof(Health))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await health.HandleAsync(cancellationToken).ConfigureAwait(false));
}
