namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// Keeps re-index runs where every instance sees them, so any instance answers
/// <c>GET /api/reindex/{id}</c> and adds its items' outcomes. Adapters: JSON files in the data
/// folder and blobs in the state container (ETag compare-and-swap).
/// </summary>
public interface IReindexRunStore
{
    Task<ReindexRunEntry?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the run if the stored version still equals <paramref name="expectedVersion"/> (null:
    /// only if there is none yet). Returns false when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(ReindexRun run, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Every stored run, in no particular order.</summary>
    IAsyncEnumerable<ReindexRun> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a run; deleting one that is not there is not an error.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
