using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.State;
using Ingest.Pipeline.Tests.Indexing;

namespace Ingest.Pipeline.Tests.Reindexing;

public sealed class GenerationCheckTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly MemoryIndex _generation = new MemoryIndexFactory().Open(2);
    private readonly FakeManifests _manifests = new();

    [Fact]
    public async Task FindDifferencesAsync_GenerationHoldsWhatTheManifestsRecord_FindsNone()
    {
        await IndexAsync("a.txt", "h1");
        Record("a.txt", "h1");
        Record("gone.txt", "h9", ManifestStatus.Removed);

        Assert.Empty(await GenerationCheck.FindDifferencesAsync(_generation, _manifests, Cancel));
    }

    [Fact]
    public async Task FindDifferencesAsync_MissingStaleOrLeftOverDocuments_NamesEachSourcePath()
    {
        await IndexAsync("stale.txt", "old-hash");
        Record("stale.txt", "new-hash");
        Record("missing.txt", "h1");
        await IndexAsync("quarantined.txt", "h1");
        Record("quarantined.txt", "h1", ManifestStatus.Quarantined);
        await IndexAsync("fewer-chunks.txt", "h1", chunks: 2);
        Record("fewer-chunks.txt", "h1");

        var differ = await GenerationCheck.FindDifferencesAsync(_generation, _manifests, Cancel);

        Assert.Equal(["stale.txt", "missing.txt", "quarantined.txt", "fewer-chunks.txt"], differ);
    }

    private Task IndexAsync(string path, string contentHash, int chunks = 1) =>
        _generation.ReplaceDocumentAsync(DocumentId.FromPath(path), Chunks.Of(DocumentId.FromPath(path), contentHash, chunks, "v1"), Cancel);

    private void Record(string path, string contentHash, ManifestStatus status = ManifestStatus.Indexed) =>
        _manifests.Manifests.Add(new DocumentManifest
        {
            DocumentId = DocumentId.FromPath(path), SourcePath = path, ContentHash = contentHash, PipelineVersion = "v1", Status = status,
            ChunkIds = status == ManifestStatus.Indexed ? [DocumentId.FromPath(path) + "_0"] : [],
        });
}
