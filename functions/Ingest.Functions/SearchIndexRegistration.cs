using Ingest.AzureSearch;
using Ingest.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Functions;

/// <summary>
/// Chooses the search index adapter from <c>Ingest:Index:Provider</c>. Either registers its
/// generations factory and the generational index over it (<c>AddIndexGenerations()</c>), which
/// takes the index catalog store registered before it: the blob one, from <c>AddAzureStorageAdapters()</c>.
/// </summary>
internal static class SearchIndexRegistration
{
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Ingest:Index:Provider"] ?? "Lucene";
        return provider switch
        {
            "Lucene" => services.AddLuceneSearchIndex(),
            "AzureSearch" => services.AddAzureSearchIndex(),
            _ => throw new InvalidOperationException($"Ingest:Index:Provider '{provider}' is not known; use Lucene or AzureSearch."),
        };
    }
}
