using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Support;

/// <summary>The real pipeline stages, wired as the hosts wire them, with optional configuration.</summary>
internal static class PipelineFactory
{
    private static readonly Lazy<ServiceProvider> Default = new(() => Create());

    public static ServiceProvider Create(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddIngestPipeline()
            .BuildServiceProvider();
    }

    public static DocumentProcessor Processor => Default.Value.GetRequiredService<DocumentProcessor>();
    public static ExtractionStep Extraction => Default.Value.GetRequiredService<ExtractionStep>();
    public static NormalizationStep Normalization => Default.Value.GetRequiredService<NormalizationStep>();
    public static ChunkingStep Chunking => Default.Value.GetRequiredService<ChunkingStep>();
    public static TaggingStep Tagging => Default.Value.GetRequiredService<TaggingStep>();

    public static NormalizedDocument Normalize(Documents.SourceDocument document) =>
        Normalization.Normalize(document, Extraction.Extract(document));
}
