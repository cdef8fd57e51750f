using Ingest.Api.Documents;
using Ingest.Api.Health;
using Ingest.Api.OpenApi;
using Ingest.Api.Reindex;
using Ingest.Api.Search;
using Ingest.Api.Ui;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Registers the HTTP handlers that the Functions app and the local host both serve.</summary>
    public static IServiceCollection AddIngestApi(this IServiceCollection services)
    {
        services.TryAddSingleton<SearchEndpoint>();
        services.TryAddSingleton<DocumentEndpoint>();
        services.TryAddSingleton<HealthEndpoint>();
        services.TryAddSingleton<OpenApiEndpoint>();
        services.TryAddSingleton<UiEndpoint>();
        // Resolved only where re-indexing is registered: MapIngestApi maps it only then.
        services.TryAddSingleton<ReindexEndpoint>();
        return services;
    }
}
