using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace Ingest.Lucene.Storage;

/// <summary>
/// Locks <c>write.lock</c> with an exclusive OS lock (FileShare.None: a share mode on Windows, flock
/// LOCK_EX on Linux and macOS). Written by hand because Lucene.NET 4.8.0-beta00017's
/// NativeFSLockFactory opens the lock file with FileShare.Read on Linux, which .NET turns into a
/// shared flock: a second process then "obtains" the same lock and two writers corrupt the index
/// (checked here: two processes both opened one folder). The OS drops the lock when the process
/// dies, so a crash never leaves the folder locked; the file itself stays, harmlessly.
/// </summary>
internal sealed class ExclusiveFileLockFactory(string directory) : LockFactory
{
    /// <remarks>
    /// FSDirectory gives a non-FS lock factory a prefix unique to the directory, for lock folders
    /// shared by several indexes. Our locks live in the index folder itself, so the prefix is left
    /// out and the file is the usual <c>write.lock</c>, which other Lucene tools also recognise.
    /// </remarks>
    public override LuceneLock MakeLock(string lockName) => new ExclusiveFileLock(Path.Combine(directory, lockName));

    public override void ClearLock(string lockName)
    {
        // Only IndexWriter.Unlock calls this, to break a lock by force; we never do, and an OS lock
        // cannot be broken from outside anyway.
    }
}
