using Ingest.Pipeline.Indexing;

namespace Ingest.Pipeline.State;

/// <summary>
/// Keeps the <see cref="IndexCatalog"/>, shared by every instance. Adapters: a JSON file in the
/// data folder and a blob in the state container (ETag compare-and-swap).
/// </summary>
public interface IIndexCatalogStore
{
    /// <summary>The stored catalog and its version; null when none was ever written.</summary>
    Task<IndexCatalogEntry?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the catalog if the stored version still equals <paramref name="expectedVersion"/>
    /// (null: only if there is none yet). Returns false when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(IndexCatalog catalog, string? expectedVersion, CancellationToken cancellationToken = default);
}
