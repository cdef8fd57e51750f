using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Query;
using Ingest.Pipeline.Tagging;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Themes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline stages, the ingestion and query services and their options (validated
    /// at start-up). The ports (source, index, manifests, quarantine, queue) come from an adapter registration.
    /// </summary>
    public static IServiceCollection AddIngestPipeline(this IServiceCollection services)
    {
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChunkingOptions>().BindConfiguration(ChunkingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TaggingOptions>().BindConfiguration(TaggingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChunkingOptions>, ChunkingOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFormatExtractor, PlainTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFormatExtractor, MarkdownExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFormatExtractor, HtmlExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFormatExtractor, DocxExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFormatExtractor, PdfExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFormatExtractor, JsonArticleExtractor>());
        services.TryAddSingleton<ExtractionStep>();
        services.TryAddSingleton<NormalizationStep>();
        services.TryAddSingleton<ChunkingStep>();
        services.TryAddSingleton(_ => Tagging.Gazetteer.Gazetteer.Default);
        services.TryAddSingleton(sp =>
        {
            // jieba.NET keeps its data folder in a static: point it at the configured folder before
            // the first tagging loads the dictionary (lazily, once per process).
            Tagging.Segmentation.JiebaResources.Configure(sp.GetRequiredService<IOptions<TaggingOptions>>().Value.JiebaResourcesPath);
            return new EntityTagger(sp.GetRequiredService<Tagging.Gazetteer.Gazetteer>());
        });
        services.TryAddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<TaggingOptions>>().Value.TaxonomyPath;
            return string.IsNullOrWhiteSpace(path) ? Taxonomy.LoadDefault() : Taxonomy.LoadFile(path);
        });
        services.TryAddSingleton<TaggingStep>();
        services.TryAddSingleton<Tagging.Evaluation.LineTagger>();
        services.TryAddSingleton<Tagging.Evaluation.NerEvaluator>();
        services.TryAddSingleton<DocumentProcessor>();
        services.TryAddSingleton<PipelineVersion>();
        services.TryAddSingleton<IngestionService>();
        services.TryAddSingleton<WorkItemProcessor>();
        services.TryAddSingleton<QueryService>();
        services.TryAddSingleton<Reindexing.ReconcileService>();
        services.TryAddSingleton<Reindexing.IReindexProgress, Reindexing.NullReindexProgress>();
        services.AddOptions<Reindexing.ReindexOptions>().BindConfiguration(Reindexing.ReindexOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Puts the index adapter's generations behind <see cref="ISearchIndex"/>: registers
    /// <see cref="IndexGenerations"/> (options from <c>Ingest:Index</c>) and
    /// <see cref="GenerationalSearchIndex"/> as the index, over the adapter's
    /// <see cref="ISearchIndexFactory"/> and the host's <see cref="State.IIndexCatalogStore"/>
    /// (in memory unless the host registers a durable one first).
    /// </summary>
    public static IServiceCollection AddIndexGenerations(this IServiceCollection services)
    {
        services.AddOptions<IndexGenerationOptions>().BindConfiguration(IndexGenerationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<State.IIndexCatalogStore, State.InMemoryIndexCatalogStore>();
        services.TryAddSingleton<IndexGenerations>();
        services.TryAddSingleton<GenerationalSearchIndex>();
        services.TryAddSingleton<ISearchIndex>(sp => sp.GetRequiredService<GenerationalSearchIndex>());
        return services;
    }

    /// <summary>
    /// Registers <see cref="Reindexing.ReindexService"/> (with an in-memory run store and an in-process
    /// lock unless the host registered its own first) and makes it the <see cref="Reindexing.IReindexProgress"/>
    /// the work-item processor reports to, so runs started in this process count their items' outcomes.
    /// Hosts that start re-index runs call it; others keep the default that discards progress.
    /// </summary>
    public static IServiceCollection AddReindexing(this IServiceCollection services)
    {
        services.TryAddSingleton<Reindexing.IReindexRunStore, Reindexing.InMemoryReindexRunStore>();
        services.TryAddSingleton<Reindexing.IReindexLock, Reindexing.InProcessReindexLock>();
        services.TryAddSingleton<Reindexing.ReindexService>();
        services.RemoveAll<Reindexing.IReindexProgress>();
        services.AddSingleton<Reindexing.IReindexProgress>(sp => sp.GetRequiredService<Reindexing.ReindexService>());
        return services;
    }
}
