using LuceneLock = Lucene.Net.Store.Lock;

namespace Ingest.Lucene.Storage;

/// <summary>One lock file held open with FileShare.None while obtained (see <see cref="ExclusiveFileLockFactory"/>).</summary>
internal sealed class ExclusiveFileLock(string path) : LuceneLock
{
    private readonly Lock gate = new();
    private FileStream? stream;

    public override bool Obtain()
    {
        lock (gate)
        {
            if (stream is not null)
            {
                return false;
            }

            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Lucene reports this as the cause of its LockObtainFailedException.
                FailureReason = e;
                return false;
            }
        }
    }

    public override bool IsLocked()
    {
        lock (gate)
        {
            if (stream is not null)
            {
                return true;
            }

            try
            {
                using var probe = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        lock (gate)
        {
            // The file is not deleted: deleting could remove a lock another process has just taken.
            stream?.Dispose();
            stream = null;
        }
    }

    public override string ToString() => $"{nameof(ExclusiveFileLock)}@{path}";
}
