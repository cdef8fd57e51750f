using Ingest.Api.Documents;
using Ingest.Api.Health;
using Ingest.Api.OpenApi;
using Ingest.Api.Reindex;
using Ingest.Pipeline.Reindexing;
using Ingest.Api.Search;
using Ingest.Api.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Api;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the API for a plain ASP.NET Core host (the local host). The Functions app maps the same
    /// handlers through its triggers, so both answer identically.
    /// </summary>
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/api/search", [HttpMethods.Get, HttpMethods.Post],
            (HttpRequest request, SearchEndpoint search, CancellationToken cancellationToken) => search.HandleAsync(request, cancellationToken));
        endpoints.MapGet("/api/documents/{documentId}",
            (string documentId, DocumentEndpoint documents, CancellationToken cancellationToken) => documents.HandleAsync(documentId, cancellationToken));
        endpoints.MapGet("/api/health", (HealthEndpoint health, CancellationToken cancellationToken) => health.HandleAsync(cancellationToken));
        endpoints.MapGet("/api/openapi.json", (OpenApiEndpoint openApi) => openApi.Handle());
        // Only hosts that registered re-indexing (AddReindexing) expose it.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(ReindexService)) == true)
        {
            endpoints.MapPost("/api/reindex", (string? mode, ReindexEndpoint reindex) => reindex.HandleStartAsync(mode));
            // Not the request's token: a caller that hangs up must not stop the re-enqueueing half-way.
            endpoints.MapPost("/api/reindex/rollback", (ReindexEndpoint reindex) => reindex.HandleRollbackAsync(CancellationToken.None));
            endpoints.MapGet("/api/reindex", (ReindexEndpoint reindex, CancellationToken cancellationToken) => reindex.HandleListAsync(cancellationToken));
            endpoints.MapGet("/api/reindex/{id}", (string id, ReindexEndpoint reindex, CancellationToken cancellationToken) => reindex.HandleGetAsync(id, cancellationToken));
        }

        endpoints.MapGet("/", (HttpRequest request, UiEndpoint ui) => ui.Handle(request));
        endpoints.MapGet("/ui/{*path}", (HttpRequest request, string? path, UiEndpoint ui) => ui.Handle(request, path));
        return endpoints;
    }
}
