using System.Collections.Concurrent;
using System.Globalization;
using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Lucene;

/// <summary>
/// Index generations as folders <c>{IndexPath}/gen-{N}</c>, each its own Lucene index, opened
/// once and kept open (the previous generation stays searchable for a rollback) until dropped or disposed.
/// </summary>
public sealed partial class LuceneSearchIndexFactory(IOptions<LuceneIndexOptions> options, TimeProvider time, ILogger<LuceneSearchIndex> logger)
    : ISearchIndexFactory, IDisposable
{
    private readonly ConcurrentDictionary<int, Lazy<LuceneSearchIndex>> _open = new();
    private bool _disposed;

    /// <summary>The folder of a generation.</summary>
    public string PathOf(int generation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generation, 1);
        return Path.Combine(Path.GetFullPath(options.Value.IndexPath), "gen-" + generation.ToString(CultureInfo.InvariantCulture));
    }

    /// <exception cref="InvalidOperationException">Another process holds the generation's folder.</exception>
    public ISearchIndex Open(int generation)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var path = PathOf(generation);
        var lazy = _open.GetOrAdd(generation, _ => new Lazy<LuceneSearchIndex>(() =>
        {
            if (generation == 1)
            {
                MoveUnversionedIndexInto(path);
            }

            return new LuceneSearchIndex(Options.Create(new LuceneIndexOptions { IndexPath = path, CommitDelay = options.Value.CommitDelay }), time, logger);
        }));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // Do not cache the failure: the folder may be free on the next attempt.
            _open.TryRemove(new KeyValuePair<int, Lazy<LuceneSearchIndex>>(generation, lazy));
            throw;
        }
    }

    /// <summary>
    /// An index written before generations existed sits directly in the index folder: it becomes
    /// generation 1, so an upgraded installation keeps its index instead of rebuilding it.
    /// </summary>
    private void MoveUnversionedIndexInto(string firstGeneration)
    {
        var root = Path.GetFullPath(options.Value.IndexPath);
        if (Directory.Exists(firstGeneration) || !Directory.Exists(root) || !Directory.EnumerateFiles(root, "segments*").Any())
        {
            return;
        }

        Directory.CreateDirectory(firstGeneration);
        foreach (var file in Directory.EnumerateFiles(root))
        {
            File.Move(file, Path.Combine(firstGeneration, Path.GetFileName(file)));
        }

        LogMovedUnversionedIndex(logger, root, firstGeneration);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved the index in {Root} into {Generation}, its first generation")]
    private static partial void LogMovedUnversionedIndex(ILogger logger, string root, string generation);

    public Task DropAsync(int generation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_open.TryRemove(generation, out var lazy) && lazy.IsValueCreated)
        {
            lazy.Value.Dispose();
        }

        var path = PathOf(generation);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var lazy in _open.Values.Where(l => l.IsValueCreated))
        {
            lazy.Value.Dispose();
        }

        _open.Clear();
    }
}
