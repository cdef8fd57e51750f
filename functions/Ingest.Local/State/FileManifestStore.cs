using System.Runtime.CompilerServices;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Local.State;

/// <summary>Manifests as JSON files in the data folder, one per document, written atomically with compare-and-swap.</summary>
public sealed class FileManifestStore(IOptions<DataFolderOptions> options) : IManifestStore
{
    private readonly JsonFileStore _files = new();
    private readonly string _folder = options.Value.ManifestPath;

    public async Task<ManifestEntry?> GetAsync(string documentId, CancellationToken cancellationToken = default) =>
        await _files.GetAsync<DocumentManifest>(PathOf(documentId), cancellationToken).ConfigureAwait(false) is { } found
            ? new ManifestEntry(found.Value, found.Version)
            : null;

    public Task<bool> TryWriteAsync(DocumentManifest manifest, string? expectedVersion, CancellationToken cancellationToken = default) =>
        _files.TryWriteAsync(PathOf(manifest.DocumentId), manifest, expectedVersion, cancellationToken);

    public async IAsyncEnumerable<DocumentManifest> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var manifest in _files.ListAsync<DocumentManifest>(_folder, cancellationToken).ConfigureAwait(false))
        {
            yield return manifest;
        }
    }

    private string PathOf(string documentId) => Path.Combine(_folder, documentId + ".json");
}
