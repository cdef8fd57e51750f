using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Options;

namespace Ingest.Local.State;

/// <summary>
/// The re-index lock as an exclusive lock on <c>{data}/reindex.lock</c>: held by one process (and
/// one run in it) at a time, and released by the operating system if the process dies.
/// </summary>
public sealed class FileReindexLock(IOptions<DataFolderOptions> options) : IReindexLock
{
    private readonly string _path = options.Value.ReindexLockPath;

    public Task<IReindexLease?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        try
        {
            // FileShare.None takes an exclusive advisory lock on Unix and a share lock on Windows;
            // either way a second open, from this process or another, fails until this one closes.
            var stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<IReindexLease?>(new Held(stream));
        }
        catch (IOException)
        {
            return Task.FromResult<IReindexLease?>(null);
        }
    }

    private sealed class Held(FileStream stream) : IReindexLease
    {
        /// <summary>The operating system keeps the lock for as long as the file is open.</summary>
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
