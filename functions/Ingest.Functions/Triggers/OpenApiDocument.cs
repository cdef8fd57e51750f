using Ingest.Api.OpenApi;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>GET /api/openapi.json</c>.</summary>
public sealed class OpenApiDocument(OpenApiEndpoint openApi)
{
    [Function(nameof(OpenApiDocument))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ResultActionResult(openApi.Handle());
}
