namespace Ingest.Pipeline.Reindexing;

/// <summary>A held <see cref="IReindexLock"/>: released on dispose.</summary>
public interface IReindexLease : IAsyncDisposable
{
    /// <summary>
    /// Cancelled when the lock was lost while held (a blob lease that could not be renewed and may
    /// now be someone else's): the holder must stop enumerating, and the next start resumes the run.
    /// </summary>
    CancellationToken Lost { get; }
}
