using System.Globalization;
using Ingest.Local.Sources;
using Ingest.Local.State;
using Ingest.Lucene;
using Ingest.Pipeline;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Local.Tests.Support;

/// <summary>
/// A source folder and a data folder served as <c>ingest serve</c> serves them: the data folder's
/// stores, the pipeline, re-indexing and the Lucene index generations, registered in the local
/// host's order. Each <see cref="Start"/> is one run of the host; stop one before starting the next
/// (the index generations allow one process at a time), or hold two only to test the re-index lock.
/// </summary>
internal sealed class HostWorld : IDisposable
{
    /// <summary>The chunk budget of an instance, and of the fresh ingest the invariant compares with, unless another is given.</summary>
    public const int Budget = 500;

    private readonly TempFolder _folder = new();
    private readonly List<HostInstance> _instances = [];
    private DateTime _clock = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public HostWorld()
    {
        SourcePath = _folder.Sub("source");
        Directory.CreateDirectory(SourcePath);
        Data = new DataFolderOptions { Path = _folder.Sub("data") };
    }

    public string SourcePath { get; }
    public DataFolderOptions Data { get; }

    /// <summary>Starts a run of the host; another <paramref name="budget"/> is another pipeline version.</summary>
    public HostInstance Start(int pageSize = 2, int budget = Budget)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Data:Path"] = Data.FullPath,
            ["Ingest:Lucene:IndexPath"] = Data.IndexPath,
            ["Ingest:Index:Shared"] = "false",
            ["Ingest:Folder:Path"] = SourcePath,
            ["Ingest:Reindex:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["Ingest:Chunking:MaxChars"] = budget.ToString(CultureInfo.InvariantCulture),
            ["Ingest:Chunking:MaxOverlapChars"] = (budget / 4).ToString(CultureInfo.InvariantCulture),
            ["Ingest:Chunking:MinChars"] = (budget / 4).ToString(CultureInfo.InvariantCulture),
        }).Build();
        var queue = new CollectingWorkQueue();
        PausingSource? source = null;
        var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<IWorkQueue>(queue)
            .AddSingleton<IDocumentSource>(sp => source = new PausingSource(sp.GetRequiredService<FolderDocumentSource>()))
            // The local host's order: the data folder's stores before the registrations with in-memory defaults.
            .AddLocalState()
            .AddIngestPipeline()
            .AddReindexing()
            .AddFolderSource()
            .AddLuceneSearchIndex()
            .BuildServiceProvider();
        provider.GetRequiredService<IDocumentSource>();
        var instance = new HostInstance(provider, queue, source!);
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Writes an article; file times move on two seconds per write, as real edits are apart.</summary>
    public void Write(string relativePath, string text)
    {
        var full = Path.Combine(SourcePath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        File.SetLastWriteTimeUtc(full, _clock = _clock.AddSeconds(2));
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(SourcePath, relativePath));

    /// <summary>Renames a file, replacing one at <paramref name="to"/>; its write time moves with it.</summary>
    public void Move(string from, string to)
    {
        var target = Path.Combine(SourcePath, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(SourcePath, from), target, overwrite: true);
    }

    /// <summary>The index a fresh ingest of the source as it is now makes, in a world of its own.</summary>
    public Task<IReadOnlyList<IndexEntry>> FreshEntriesAsync(CancellationToken cancellationToken) => FreshEntriesAsync(Budget, cancellationToken);

    /// <summary>The index a fresh ingest of the source as it is now makes with chunk budget <paramref name="budget"/>.</summary>
    public async Task<IReadOnlyList<IndexEntry>> FreshEntriesAsync(int budget, CancellationToken cancellationToken)
    {
        using var fresh = new LocalWorld();
        foreach (var file in Directory.EnumerateFiles(SourcePath, "*", SearchOption.AllDirectories))
        {
            fresh.Write(Path.GetRelativePath(SourcePath, file), await File.ReadAllTextAsync(file, cancellationToken));
        }

        await fresh.Pipeline(budget).ReconcileAndDrainAsync(cancellationToken);
        return await fresh.EntriesAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _folder.Dispose();
    }
}
