using Azure.Search.Documents;
using Ingest.AzureSearch.Internals;
using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Ingest.AzureSearch;

public static class AzureSearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure AI Search as <see cref="ISearchIndex"/>, with its options from
    /// <c>Ingest:AzureSearch</c> validated at start-up and its resilience pipeline in the Polly
    /// registry under <c>Ingest.AzureSearch</c>. <paramref name="configureClient"/> may adjust the SDK
    /// client options (a proxy, a transport); the SDK's own retry stays off whatever it sets.
    /// </summary>
    public static IServiceCollection AddAzureSearchIndex(this IServiceCollection services, Action<SearchClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AzureSearchOptions>().BindConfiguration(AzureSearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureSearchOptions>, AzureSearchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ResiliencePipelineRegistry<string>>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AzureSearchOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var pipeline = sp.GetRequiredService<ResiliencePipelineRegistry<string>>()
                .GetOrAddPipeline(Resilience.Key, builder => Resilience.Configure(builder, options, time));
            var client = SearchClientFactory.Create(options, clientOptions =>
            {
                configureClient?.Invoke(clientOptions);
                clientOptions.Retry.MaxRetries = 0;
            });
            return new AzureSearchIndex(client, pipeline, options, time, sp.GetService<ILogger<AzureSearchIndex>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<AzureSearchIndex>.Instance);
        });
        services.TryAddSingleton<ISearchIndex>(sp => sp.GetRequiredService<AzureSearchIndex>());
        return services;
    }
}
