using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Ingest.Pipeline.Tests.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>
/// The real pipeline registrations plus re-indexing and index generations, over fake ports and
/// fake time. Every <see cref="Instance"/> is a separate service provider (its own re-index
/// service, flush buffer and catalog cache) over the same shared stores, queue, lock and index
/// generations, as two instances of the Functions app are.
/// </summary>
internal sealed class ReindexWorld : IDisposable, IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly List<ServiceProvider> _instances = [];

    public ReindexWorld(IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            // One process owns the catalog: no propagation delay before a full run enqueues.
            ["Ingest:Index:Shared"] = "false",
            // Flushes happen when a test calls FlushAsync, not when fake time passes the interval.
            ["Ingest:Reindex:FlushInterval"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        First = Instance();
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);
    public FakeSource Source { get; } = new();
    public FakeManifests Manifests { get; } = new();
    public RecordingQueue Queue { get; } = new();
    public InMemoryReindexRunStore Runs { get; } = new();
    public LosableLock Lock { get; } = new();
    public InMemoryIndexCatalogStore Catalog { get; } = new();
    public MemoryIndexFactory Indexes { get; } = new();

    private string? _version;

    public ServiceProvider First { get; }

    public ReindexService Service => First.GetRequiredService<ReindexService>();
    public WorkItemProcessor Processor => First.GetRequiredService<WorkItemProcessor>();
    public IndexGenerations Generations => First.GetRequiredService<IndexGenerations>();
    /// <summary>The pipeline version (read once: it outlives the first instance, which a restart test disposes).</summary>
    public string Version => _version ??= First.GetRequiredService<PipelineVersion>().Value;

    /// <summary>Another instance over the same storage (or the same host after a restart, once the first is disposed).</summary>
    public ServiceProvider Instance()
    {
        var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IDocumentSource>(Source)
            .AddSingleton<IManifestStore>(Manifests)
            .AddSingleton<IWorkQueue>(Queue)
            .AddSingleton<IQuarantineStore, UnusedQuarantine>()
            .AddSingleton<IReindexRunStore>(Runs)
            .AddSingleton<IReindexLock>(Lock)
            .AddSingleton<IIndexCatalogStore>(Catalog)
            .AddSingleton<ISearchIndexFactory>(Indexes)
            .AddIngestPipeline()
            .AddReindexing()
            .AddIndexGenerations()
            .BuildServiceProvider();
        _instances.Add(provider);
        return provider;
    }

    public SourceItem AddFile(string path, string etag = "e1")
    {
        var item = new SourceItem(path, etag, 10, Start);
        lock (Source.Items)
        {
            Source.Items.Add(item);
        }

        return item;
    }

    /// <summary>A manifest; an indexed one records one chunk, as an ingestion that wrote the index does.</summary>
    public void AddManifest(string path, string etag = "e1", ManifestStatus status = ManifestStatus.Indexed, DateTimeOffset? updatedAt = null) =>
        Manifests.Manifests.Add(new DocumentManifest
        {
            DocumentId = DocumentId.FromPath(path), SourcePath = path, ETag = etag, ContentHash = "h1",
            PipelineVersion = Version, Status = status, ChunkIds = status == ManifestStatus.Indexed ? [DocumentId.FromPath(path) + "_0"] : [],
            UpdatedAt = updatedAt ?? Start,
        });

    /// <summary>
    /// Does what a worker does with an item of a run, without the ingestion pipeline: writes the
    /// document's chunk (to the item's generation, or to every writable one) or deletes it, and
    /// reports the outcome to <paramref name="service"/>.
    /// </summary>
    public async Task WorkAsync(WorkItem item, ReindexService service)
    {
        var documentId = DocumentId.FromPath(item.Path);
        var catalog = await Catalog.GetAsync() is { } entry ? entry.Catalog : IndexCatalog.Initial;
        var targets = item.Generation is { } generation ? [generation] : catalog.Writable.ToArray();
        foreach (var target in targets)
        {
            if (item.Kind == WorkKind.Remove)
            {
                await Indexes.Open(target).DeleteDocumentAsync(documentId);
            }
            else
            {
                await Indexes.Open(target).ReplaceDocumentAsync(documentId, Chunks.Of(documentId, pipelineVersion: Version));
            }
        }

        if (item.ReindexId is { } id)
        {
            service.Report(id, item.Kind == WorkKind.Remove ? IngestOutcome.Removed : IngestOutcome.Indexed);
        }
    }

    /// <summary>Works through every item enqueued so far.</summary>
    public async Task WorkAllAsync(ReindexService service)
    {
        foreach (var item in Queue.Take())
        {
            await WorkAsync(item, service);
        }
    }

    /// <summary>
    /// Waits for background work (a full run's check and switch) to bring the run to a state.
    /// The bound only keeps a broken run from hanging the suite; nothing is timed.
    /// </summary>
    public static async Task<ReindexRun> WaitForAsync(ReindexService service, string id, Func<ReindexRun, bool> condition)
    {
        for (var round = 0; round < 500; round++)
        {
            if (await service.GetAsync(id) is { } run && condition(run))
            {
                return run;
            }

            await Task.Delay(10);
        }

        var last = await service.GetAsync(id);
        Assert.Fail($"Run {id} never reached the expected state; it is {last}.");
        return last!;
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }
}
