namespace Ingest.Pipeline.State;

/// <summary>
/// The manifest store port. Adapters: JSON files in the data folder (written atomically) and
/// blobs in a state container (ETag compare-and-swap).
/// </summary>
public interface IManifestStore
{
    Task<ManifestEntry?> GetAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the manifest if the stored version still equals <paramref name="expectedVersion"/>
    /// (null: only if there is none yet). Returns false when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(DocumentManifest manifest, string? expectedVersion, CancellationToken cancellationToken = default);

    IAsyncEnumerable<DocumentManifest> ListAsync(CancellationToken cancellationToken = default);
}
