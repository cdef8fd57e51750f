using System.Text.Json;
using Ingest.Azure.State;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.State;
using Ingest.Testing.Azurite;

namespace Ingest.Azure.Tests.State;

public sealed class BlobManifestStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_NoManifest_ReturnsNull()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));

        Assert.Null(await sut.GetAsync("nothing-txt", Cancel));
    }

    [Fact]
    public async Task TryWriteAsync_Create_StoresCamelCaseJsonWithEnumNamesAndVersionIsTheETag()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        var manifest = Manifests.Create("a-txt", ManifestStatus.Quarantined) with { FailureReason = FailureReason.Binary, FailureMessage = "bytes" };

        Assert.True(await sut.TryWriteAsync(manifest, null, Cancel));
        var entry = await sut.GetAsync("a-txt", Cancel);

        Assert.NotNull(entry);
        Assert.Equal(manifest.ChunkIds, entry.Manifest.ChunkIds);
        Assert.Equal(manifest with { ChunkIds = entry.Manifest.ChunkIds }, entry.Manifest);
        var blob = storage.State.GetBlobClient("manifests/a-txt.json");
        var properties = (await blob.GetPropertiesAsync(cancellationToken: Cancel)).Value;
        Assert.Equal(properties.ETag.ToString(), entry.Version);
        using var json = JsonDocument.Parse((await blob.DownloadContentAsync(Cancel)).Value.Content);
        Assert.Equal("Quarantined", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Binary", json.RootElement.GetProperty("failureReason").GetString());
        Assert.Equal("a-txt", json.RootElement.GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task TryWriteAsync_CreateWhenOneExists_ReturnsFalseAndKeepsTheFirst()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));

        Assert.True(await sut.TryWriteAsync(Manifests.Create("a-txt", hash: "first"), null, Cancel));
        Assert.False(await sut.TryWriteAsync(Manifests.Create("a-txt", hash: "second"), null, Cancel));

        Assert.Equal("first", (await sut.GetAsync("a-txt", Cancel))?.Manifest.ContentHash);
    }

    [Fact]
    public async Task TryWriteAsync_ConcurrentCreates_ExactlyOneWins()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => sut.TryWriteAsync(Manifests.Create("race-txt", hash: $"h{i}"), null, Cancel)));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task TryWriteAsync_TwoWritersWithTheSameVersion_ExactlyOneWins()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        await sut.TryWriteAsync(Manifests.Create("a-txt", hash: "v0"), null, Cancel);
        var read = (await sut.GetAsync("a-txt", Cancel))!;

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => sut.TryWriteAsync(read.Manifest with { ContentHash = $"v{i}" }, read.Version, Cancel)));

        Assert.Single(results, won => won);
        var winner = Array.IndexOf(results, true) + 1;
        var stored = (await sut.GetAsync("a-txt", Cancel))!;
        Assert.Equal($"v{winner}", stored.Manifest.ContentHash);
        Assert.NotEqual(read.Version, stored.Version);
    }

    [Fact]
    public async Task TryWriteAsync_StaleVersion_ReturnsFalse()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        await sut.TryWriteAsync(Manifests.Create("a-txt"), null, Cancel);
        var first = (await sut.GetAsync("a-txt", Cancel))!;
        Assert.True(await sut.TryWriteAsync(first.Manifest with { Size = 1 }, first.Version, Cancel));

        Assert.False(await sut.TryWriteAsync(first.Manifest with { Size = 2 }, first.Version, Cancel));
        Assert.Equal(1, (await sut.GetAsync("a-txt", Cancel))?.Manifest.Size);
    }

    [Fact]
    public async Task TryWriteAsync_ExpectedVersionButManifestGone_ReturnsFalse()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        await sut.TryWriteAsync(Manifests.Create("a-txt"), null, Cancel);
        var read = (await sut.GetAsync("a-txt", Cancel))!;
        await storage.State.DeleteBlobAsync("manifests/a-txt.json", cancellationToken: Cancel);

        Assert.False(await sut.TryWriteAsync(read.Manifest, read.Version, Cancel));
    }

    [Fact]
    public async Task ListAsync_ManyManifests_ReturnsEachOnceInIdOrderAndIgnoresOtherStateBlobs()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        var ids = Enumerable.Range(0, 40).Select(i => $"doc-{i:00}-txt").ToList();
        await Task.WhenAll(ids.Select(id => sut.TryWriteAsync(Manifests.Create(id), null, Cancel)));
        await storage.State.GetBlobClient("reindex.lock").UploadAsync(BinaryData.Empty, Cancel);
        await storage.State.GetBlobClient("checkpoints/run.json").UploadAsync(BinaryData.FromString("{}"), Cancel);

        var listed = await sut.ListAsync(Cancel).ToListAsync(Cancel);

        Assert.Equal(ids, listed.Select(m => m.DocumentId));
    }

    [Fact]
    public async Task ListAsync_StateContainerMissing_ReturnsNothing()
    {
        var sut = CreateSut(TestStorage.Describe(azurite));

        Assert.Empty(await sut.ListAsync(Cancel).ToListAsync(Cancel));
    }

    private static BlobManifestStore CreateSut(TestStorage storage) => new(storage.Blobs, storage.Options);
}
