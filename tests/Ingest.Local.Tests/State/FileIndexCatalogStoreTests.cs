using Ingest.Local.State;
using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Tests.State;

public sealed class FileIndexCatalogStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DataFolderOptions _data;

    public FileIndexCatalogStoreTests() => _data = new DataFolderOptions { Path = _folder.Sub("data") };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private FileIndexCatalogStore CreateSut() => new(Options.Create(_data));

    [Fact]
    public async Task GetAsync_NothingWritten_ReturnsNull()
    {
        Assert.Null(await CreateSut().GetAsync(Token));
    }

    [Fact]
    public async Task TryWriteAsync_FirstWrite_IsReadBackByAnotherInstance()
    {
        var catalog = new IndexCatalog { Active = 2, Building = 3, BuildingRunId = "r1", Previous = 1, SwitchedAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero) };

        var written = await CreateSut().TryWriteAsync(catalog, null, Token);

        Assert.True(written);
        Assert.Equal(catalog, (await CreateSut().GetAsync(Token))!.Catalog);
        Assert.True(File.Exists(_data.CatalogPath));
    }

    [Fact]
    public async Task TryWriteAsync_CurrentVersion_ReplacesTheCatalog()
    {
        var sut = CreateSut();
        await sut.TryWriteAsync(IndexCatalog.Initial, null, Token);
        var first = (await sut.GetAsync(Token))!;

        var written = await sut.TryWriteAsync(first.Catalog with { Building = 2, BuildingRunId = "r1" }, first.Version, Token);

        var second = (await sut.GetAsync(Token))!;
        Assert.True(written);
        Assert.Equal(2, second.Catalog.Building);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public async Task TryWriteAsync_StaleVersionOrCreateOverAnExistingOne_ReturnsFalseAndKeepsTheStoredCatalog()
    {
        var sut = CreateSut();
        await sut.TryWriteAsync(IndexCatalog.Initial, null, Token);
        var seen = (await sut.GetAsync(Token))!;
        await CreateSut().TryWriteAsync(seen.Catalog with { Building = 2 }, seen.Version, Token);

        var stale = await sut.TryWriteAsync(seen.Catalog with { Active = 5 }, seen.Version, Token);
        var create = await sut.TryWriteAsync(IndexCatalog.Initial, null, Token);

        Assert.False(stale);
        Assert.False(create);
        Assert.Equal(IndexCatalog.Initial with { Building = 2 }, (await sut.GetAsync(Token))!.Catalog);
    }
}
