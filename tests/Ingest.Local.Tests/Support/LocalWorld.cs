using Ingest.Local.Sources;
using Ingest.Local.State;
using Ingest.Lucene;
using Ingest.Pipeline;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Tests.Support;

/// <summary>
/// A source folder and a data folder with the real local adapters and a real Lucene index, shared
/// by any number of <see cref="WorldPipeline"/>s: each is a separate service provider (its own
/// ingestion service, its own in-process lock), as two Function instances over the same storage are.
/// </summary>
internal sealed class LocalWorld : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LuceneSearchIndex _lucene;
    private readonly List<ServiceProvider> _providers = [];

    public LocalWorld(Func<ISearchIndex, ISearchIndex>? decorate = null)
    {
        SourcePath = _folder.Sub("source");
        Directory.CreateDirectory(SourcePath);
        Data = new DataFolderOptions { Path = _folder.Sub("data") };
        _lucene = new LuceneSearchIndex(Options.Create(new LuceneIndexOptions { IndexPath = Data.IndexPath }), TimeProvider.System, NullLogger<LuceneSearchIndex>.Instance);
        Index = decorate?.Invoke(_lucene) ?? _lucene;
        Manifests = new FileManifestStore(Options.Create(Data));
        Quarantine = new FolderQuarantineStore(Options.Create(Data));
        Source = new FolderDocumentSource(Options.Create(new FolderSourceOptions { Path = SourcePath }));
    }

    public string SourcePath { get; }
    public DataFolderOptions Data { get; }
    public ISearchIndex Index { get; }
    public IManifestStore Manifests { get; }
    public IQuarantineStore Quarantine { get; }
    public IDocumentSource Source { get; }

    /// <summary>A pipeline over the shared stores; <paramref name="maxChars"/> changes the pipeline version; <paramref name="configure"/> may replace services.</summary>
    public WorldPipeline Pipeline(int maxChars = 500, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ingest:Chunking:MaxChars"] = maxChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingest:Chunking:MaxOverlapChars"] = (maxChars / 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingest:Chunking:MinChars"] = (maxChars / 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var queue = new CollectingWorkQueue();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(Index)
            .AddSingleton(Manifests)
            .AddSingleton(Quarantine)
            .AddSingleton(Source)
            .AddSingleton<Pipeline.Queueing.IWorkQueue>(queue)
            .AddSingleton(queue)
            .AddIngestPipeline();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return new WorldPipeline(provider, queue);
    }

    public void Write(string relativePath, string text, DateTime? lastWrite = null)
    {
        var full = Path.Combine(SourcePath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        // File times have the kernel's coarse tick; a scenario that rewrites a file within one tick
        // would give it the same ETag. Real edits are seconds apart, so the test moves the clock on.
        File.SetLastWriteTimeUtc(full, lastWrite ?? NextTime());
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(SourcePath, relativePath));

    public void Move(string from, string to)
    {
        var target = Path.Combine(SourcePath, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(SourcePath, from), target, overwrite: true);
    }

    /// <summary>Every (document, chunk, content hash, pipeline version) in the index, sorted.</summary>
    public async Task<IReadOnlyList<IndexEntry>> EntriesAsync(CancellationToken cancellationToken)
    {
        var entries = new List<IndexEntry>();
        await foreach (var entry in Index.ListEntriesAsync(cancellationToken)) entries.Add(entry);
        return [.. entries.OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.ChunkId, StringComparer.Ordinal)];
    }

    private DateTime _clock = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private DateTime NextTime() => _clock = _clock.AddSeconds(2);

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        _lucene.Dispose();
        _folder.Dispose();
    }
}
