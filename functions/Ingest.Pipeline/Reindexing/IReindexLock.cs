namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Keeps two runs from enumerating at once, across instances: a blob lease in Azure, a file lock
/// in the local data folder. Held while a run enumerates (and resumes); released on dispose, and
/// given up by itself when its holder dies.
/// </summary>
public interface IReindexLock
{
    /// <summary>The held lock, or null when another run holds it.</summary>
    Task<IReindexLease?> TryAcquireAsync(CancellationToken cancellationToken = default);
}
