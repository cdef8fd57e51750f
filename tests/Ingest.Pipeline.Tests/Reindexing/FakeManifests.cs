using System.Runtime.CompilerServices;
using Ingest.Pipeline.State;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>Manifests held in a list; writing is not expected in these tests.</summary>
internal sealed class FakeManifests : IManifestStore
{
    public List<DocumentManifest> Manifests { get; } = [];

    public Task<ManifestEntry?> GetAsync(string documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Manifests.Where(m => m.DocumentId == documentId).Select(m => new ManifestEntry(m, "1")).FirstOrDefault());

    public Task<bool> TryWriteAsync(DocumentManifest manifest, string? expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public async IAsyncEnumerable<DocumentManifest> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var manifest in Manifests)
        {
            await Task.Yield();
            yield return manifest;
        }
    }
}
