using Ingest.Pipeline.Sources;
using System.Collections.Concurrent;
using Ingest.Local.Queueing;
using Ingest.Pipeline.Queueing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingest.Local.Sources;

/// <summary>
/// Watches the source folder and turns file events into work items: created and changed files
/// are ingested, deleted ones removed, a rename is both. Events for one path are debounced, so
/// a file still being written is read once it has settled.
/// </summary>
public sealed partial class FolderWatcher(
    FolderDocumentSource source,
    ChannelWorkQueue queue,
    TimeProvider time,
    ILogger<FolderWatcher> logger) : BackgroundService
{
    /// <summary>Quiet time after the last event for a path before it is processed.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    private readonly ConcurrentDictionary<string, ITimer> _pending = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;
    private CancellationToken _stopping;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        Directory.CreateDirectory(source.Root);
        _watcher = new FileSystemWatcher(source.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => Schedule(e.FullPath);
        _watcher.Changed += (_, e) => Schedule(e.FullPath);
        _watcher.Deleted += (_, e) => Schedule(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Schedule(e.OldFullPath);
            Schedule(e.FullPath);
        };
        _watcher.Error += (_, e) => LogWatcherError(e.GetException());
        _watcher.EnableRaisingEvents = true;
        LogWatching(source.Root);
        return Task.CompletedTask;
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        foreach (var timer in _pending.Values) timer.Dispose();
        base.Dispose();
    }

    private void Schedule(string fullPath)
    {
        // A sidecar change re-ingests its article.
        if (SourceFileRules.ArticleOf(source.ToRelative(fullPath)) is not { } relative || Directory.Exists(fullPath))
        {
            return;
        }

        var timer = time.CreateTimer(_ => Fire(relative), null, Debounce, Timeout.InfiniteTimeSpan);
        if (_pending.TryGetValue(relative, out var previous) && _pending.TryUpdate(relative, timer, previous))
        {
            previous.Dispose();
        }
        else if (!_pending.TryAdd(relative, timer))
        {
            timer.Dispose();
            Schedule(fullPath);
        }
    }

    private void Fire(string relative)
    {
        if (_pending.TryRemove(relative, out var timer))
        {
            timer.Dispose();
        }

        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        var kind = File.Exists(source.ToFull(relative)) ? WorkKind.Ingest : WorkKind.Remove;
        _ = queue.EnqueueAsync(new WorkItem(kind, relative), _stopping);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for new, changed and deleted articles")]
    private partial void LogWatching(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The folder watcher reported an error; a re-index will pick up anything missed")]
    private partial void LogWatcherError(Exception exception);
}
