using Ingest.Pipeline;
using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest.Lucene;

public static class LuceneServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded Lucene index, with its options from <c>Ingest:Lucene</c> validated
    /// at start-up: <see cref="LuceneSearchIndexFactory"/> keeps one folder per index generation
    /// under <see cref="LuceneIndexOptions.IndexPath"/>, and <see cref="ISearchIndex"/> is the
    /// generational index over it (see <see cref="ServiceCollectionExtensions.AddIndexGenerations"/>).
    /// </summary>
    public static IServiceCollection AddLuceneSearchIndex(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LuceneIndexOptions>().BindConfiguration(LuceneIndexOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LuceneSearchIndexFactory>();
        services.TryAddSingleton<ISearchIndexFactory>(sp => sp.GetRequiredService<LuceneSearchIndexFactory>());
        return services.AddIndexGenerations();
    }
}
