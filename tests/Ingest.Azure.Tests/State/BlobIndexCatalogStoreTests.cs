using System.Text.Json;
using Ingest.Azure.State;
using Ingest.Pipeline.Indexing;
using Ingest.Testing.Azurite;

namespace Ingest.Azure.Tests.State;

public sealed class BlobIndexCatalogStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_NeverWritten_ReturnsNull()
    {
        Assert.Null(await CreateSut(await TestStorage.CreateAsync(azurite)).GetAsync(Cancel));
        Assert.Null(await CreateSut(TestStorage.Describe(azurite)).GetAsync(Cancel));
    }

    [Fact]
    public async Task TryWriteAsync_Create_StoresIndexCatalogJsonInTheStateContainerAndReadsItBack()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        var catalog = new IndexCatalog { Active = 2, Building = 3, BuildingRunId = "20250301T020000-abcdef", Previous = 1, SwitchedAt = new DateTimeOffset(2025, 3, 1, 2, 30, 0, TimeSpan.Zero) };

        Assert.True(await sut.TryWriteAsync(catalog, null, Cancel));
        var entry = await sut.GetAsync(Cancel);

        Assert.NotNull(entry);
        Assert.Equal(catalog, entry.Catalog);
        var blob = storage.State.GetBlobClient("index-catalog.json");
        Assert.Equal((await blob.GetPropertiesAsync(cancellationToken: Cancel)).Value.ETag.ToString(), entry.Version);
        using var json = JsonDocument.Parse((await blob.DownloadContentAsync(Cancel)).Value.Content);
        Assert.Equal(2, json.RootElement.GetProperty("active").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("building").GetInt32());
    }

    [Fact]
    public async Task TryWriteAsync_CreateWhenOneExists_ReturnsFalseAndKeepsTheFirst()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));

        Assert.True(await sut.TryWriteAsync(IndexCatalog.Initial with { Building = 2 }, null, Cancel));
        Assert.False(await sut.TryWriteAsync(IndexCatalog.Initial with { Building = 5 }, null, Cancel));

        Assert.Equal(2, (await sut.GetAsync(Cancel))?.Catalog.Building);
    }

    [Fact]
    public async Task TryWriteAsync_TwoInstancesSwitchingFromTheSameVersion_ExactlyOneWins()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var first = CreateSut(storage);
        var second = CreateSut(storage);
        await first.TryWriteAsync(new IndexCatalog { Active = 1, Building = 2 }, null, Cancel);
        var read = (await second.GetAsync(Cancel))!;

        var results = await Task.WhenAll(
            first.TryWriteAsync(new IndexCatalog { Active = 2, Previous = 1 }, read.Version, Cancel),
            second.TryWriteAsync(new IndexCatalog { Active = 1, Previous = 2 }, read.Version, Cancel));

        Assert.Single(results, won => won);
        var stored = (await first.GetAsync(Cancel))!.Catalog;
        Assert.Equal(results[0] ? 2 : 1, stored.Active);
    }

    [Fact]
    public async Task TryWriteAsync_StaleVersion_ReturnsFalse()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        await sut.TryWriteAsync(IndexCatalog.Initial, null, Cancel);
        var first = (await sut.GetAsync(Cancel))!;
        Assert.True(await sut.TryWriteAsync(first.Catalog with { Building = 2 }, first.Version, Cancel));

        Assert.False(await sut.TryWriteAsync(first.Catalog with { Building = 7 }, first.Version, Cancel));
        Assert.Equal(2, (await sut.GetAsync(Cancel))?.Catalog.Building);
    }

    private static BlobIndexCatalogStore CreateSut(TestStorage storage) => new(storage.Blobs, storage.Options);
}
