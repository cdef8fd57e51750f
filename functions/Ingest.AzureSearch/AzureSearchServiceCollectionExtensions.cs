using Azure.Search.Documents;
using Ingest.AzureSearch.Internals;
using Ingest.Pipeline;
using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Ingest.AzureSearch;

public static class AzureSearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure AI Search as the search index: <see cref="AzureSearchIndexFactory"/> as the
    /// <see cref="ISearchIndexFactory"/> and, through <see cref="ServiceCollectionExtensions.AddIndexGenerations"/>,
    /// the <see cref="GenerationalSearchIndex"/> as <see cref="ISearchIndex"/> (reads from the active
    /// generation, writes to it and to the one a full re-index builds). Options come from
    /// <c>Ingest:AzureSearch</c>, validated at start-up; the resilience pipeline is in the Polly
    /// registry under <c>Ingest.AzureSearch</c>. <paramref name="configureClient"/> may adjust the SDK
    /// client options (a proxy, a transport); the SDK's own retry stays off whatever it sets. A host
    /// whose instances share the index catalog registers its store (<c>AddAzureStorageAdapters()</c>) first.
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
            return new AzureSearchIndexFactory(client, pipeline, options, time, sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        });
        services.TryAddSingleton<ISearchIndexFactory>(sp => sp.GetRequiredService<AzureSearchIndexFactory>());
        services.AddIndexGenerations();
        return services;
    }
}
