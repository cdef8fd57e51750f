using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>The real pipeline registrations plus re-indexing, over fake ports.</summary>
internal sealed class ReindexWorld : IDisposable
{
    private readonly ServiceProvider _services;

    public ReindexWorld()
    {
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IDocumentSource>(Source)
            .AddSingleton<IManifestStore>(Manifests)
            .AddSingleton<IWorkQueue>(Queue)
            .AddSingleton<ISearchIndex, UnusedIndex>()
            .AddSingleton<IQuarantineStore, UnusedQuarantine>()
            .AddReindexing()
            .AddIngestPipeline()
            .BuildServiceProvider();
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public ManualClock Clock { get; } = new(Start);
    public FakeSource Source { get; } = new();
    public FakeManifests Manifests { get; } = new();
    public RecordingQueue Queue { get; } = new();

    public ReindexService Service => _services.GetRequiredService<ReindexService>();
    public WorkItemProcessor Processor => _services.GetRequiredService<WorkItemProcessor>();
    public string Version => _services.GetRequiredService<PipelineVersion>().Value;

    public SourceItem AddFile(string path, string etag = "e1")
    {
        var item = new SourceItem(path, etag, 10, Start);
        Source.Items.Add(item);
        return item;
    }

    public void AddManifest(string path, string etag = "e1", ManifestStatus status = ManifestStatus.Indexed) =>
        Manifests.Manifests.Add(new DocumentManifest
        {
            DocumentId = DocumentId.FromPath(path), SourcePath = path, ETag = etag, ContentHash = "h",
            PipelineVersion = Version, Status = status,
        });

    public void Dispose() => _services.Dispose();
}
