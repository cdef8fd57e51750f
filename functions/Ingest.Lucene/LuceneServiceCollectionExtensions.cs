using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest.Lucene;

public static class LuceneServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded Lucene index as <see cref="ISearchIndex"/>, with its options from
    /// <c>Ingest:Lucene</c> validated at start-up. The concrete <see cref="LuceneSearchIndex"/> is
    /// registered too, so the host can read <see cref="LuceneSearchIndex.RecoveredFromCorruption"/>.
    /// </summary>
    public static IServiceCollection AddLuceneSearchIndex(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LuceneIndexOptions>().BindConfiguration(LuceneIndexOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LuceneSearchIndex>();
        services.TryAddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}
