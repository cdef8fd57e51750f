using System.Text.Json;
using Ingest.Azure.Reindexing;
using Ingest.Pipeline.Reindexing;
using Ingest.Testing.Azurite;

namespace Ingest.Azure.Tests.Reindexing;

public sealed class BlobReindexRunStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Started = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_NoRun_ReturnsNull()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));

        Assert.Null(await sut.GetAsync("20250301T020000-abcdef", Cancel));
    }

    [Fact]
    public async Task TryWriteAsync_Create_StoresOneJsonBlobUnderReindexAndReadsBackTheWholeRun()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        var run = Run("20250301T020000-abcdef", ReindexMode.Full) with
        {
            Generation = 3,
            Checkpoint = new ReindexCheckpoint("marker-2", 2, new ReindexSummary { Listed = 1000, Forced = 998, Duration = TimeSpan.FromSeconds(12) }),
            Counts = new ReindexCounts { Indexed = 700, Unchanged = 2, Failed = 1 },
            LastActivityAt = Started.AddMinutes(3),
        };

        Assert.True(await sut.TryWriteAsync(run, null, Cancel));
        var entry = await sut.GetAsync(run.Id, Cancel);

        Assert.NotNull(entry);
        Assert.Equal(run, entry.Run);
        var blob = storage.State.GetBlobClient("reindex/20250301T020000-abcdef.json");
        var properties = (await blob.GetPropertiesAsync(cancellationToken: Cancel)).Value;
        Assert.Equal(properties.ETag.ToString(), entry.Version);
        Assert.StartsWith("application/json", properties.ContentType);
        using var json = JsonDocument.Parse((await blob.DownloadContentAsync(Cancel)).Value.Content);
        Assert.Equal("Full", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal("Running", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("marker-2", json.RootElement.GetProperty("checkpoint").GetProperty("continuation").GetString());
    }

    [Fact]
    public async Task TryWriteAsync_CreateWhenTheRunExists_ReturnsFalseAndKeepsTheFirst()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        var run = Run("20250301T020000-aaaaaa");

        Assert.True(await sut.TryWriteAsync(run, null, Cancel));
        Assert.False(await sut.TryWriteAsync(run with { Mode = ReindexMode.Full }, null, Cancel));

        Assert.Equal(ReindexMode.Incremental, (await sut.GetAsync(run.Id, Cancel))?.Run.Mode);
    }

    [Fact]
    public async Task TryWriteAsync_InstancesAddingCountsWithTheSameVersion_ExactlyOneWins()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        var run = Run("20250301T020000-bbbbbb");
        await sut.TryWriteAsync(run, null, Cancel);
        var read = (await sut.GetAsync(run.Id, Cancel))!;

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            sut.TryWriteAsync(read.Run with { Counts = new ReindexCounts { Indexed = i } }, read.Version, Cancel)));

        Assert.Single(results, won => won);
        var stored = (await sut.GetAsync(run.Id, Cancel))!;
        Assert.Equal(Array.IndexOf(results, true) + 1, stored.Run.Counts.Indexed);
        Assert.NotEqual(read.Version, stored.Version);
    }

    [Fact]
    public async Task TryWriteAsync_StaleVersion_ReturnsFalseAndLosesNothingStored()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        var run = Run("20250301T020000-cccccc");
        await sut.TryWriteAsync(run, null, Cancel);
        var first = (await sut.GetAsync(run.Id, Cancel))!;
        Assert.True(await sut.TryWriteAsync(first.Run with { Counts = new ReindexCounts { Indexed = 5 } }, first.Version, Cancel));

        Assert.False(await sut.TryWriteAsync(first.Run with { Counts = new ReindexCounts { Indexed = 1 } }, first.Version, Cancel));
        Assert.Equal(5, (await sut.GetAsync(run.Id, Cancel))?.Run.Counts.Indexed);
    }

    [Fact]
    public async Task TryWriteAsync_ExpectedVersionButRunDeleted_ReturnsFalse()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        var run = Run("20250301T020000-dddddd");
        await sut.TryWriteAsync(run, null, Cancel);
        var read = (await sut.GetAsync(run.Id, Cancel))!;
        await sut.DeleteAsync(run.Id, Cancel);

        Assert.False(await sut.TryWriteAsync(read.Run, read.Version, Cancel));
        Assert.Null(await sut.GetAsync(run.Id, Cancel));
    }

    [Fact]
    public async Task ListAsync_RunsBesideManifestsCatalogAndLock_ReturnsEveryRunOnce()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        var ids = Enumerable.Range(0, 20).Select(i => $"20250301T02{i:00}00-abcdef").ToList();
        await Task.WhenAll(ids.Select((id, i) => sut.TryWriteAsync(Run(id) with { StartedAt = Started.AddMinutes(i) }, null, Cancel)));
        await storage.State.GetBlobClient("manifests/a-txt.json").UploadAsync(BinaryData.FromString("{}"), Cancel);
        await storage.State.GetBlobClient("index-catalog.json").UploadAsync(BinaryData.FromString("""{"active":1}"""), Cancel);
        await storage.State.GetBlobClient("reindex.lock").UploadAsync(BinaryData.Empty, Cancel);

        var listed = await sut.ListAsync(Cancel).ToListAsync(Cancel);

        Assert.Equal(ids, listed.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_StateContainerMissing_ReturnsNothing()
    {
        var sut = CreateSut(TestStorage.Describe(azurite));

        Assert.Empty(await sut.ListAsync(Cancel).ToListAsync(Cancel));
    }

    [Fact]
    public async Task DeleteAsync_StoredRun_RemovesItFromGetAndList()
    {
        var sut = CreateSut(await TestStorage.CreateAsync(azurite));
        await sut.TryWriteAsync(Run("20250301T020000-eeeeee"), null, Cancel);
        await sut.TryWriteAsync(Run("20250301T030000-ffffff"), null, Cancel);

        await sut.DeleteAsync("20250301T020000-eeeeee", Cancel);

        Assert.Null(await sut.GetAsync("20250301T020000-eeeeee", Cancel));
        Assert.Equal(["20250301T030000-ffffff"], await sut.ListAsync(Cancel).Select(r => r.Id).ToListAsync(Cancel));
    }

    [Fact]
    public async Task DeleteAsync_NothingThere_IsNotAnError()
    {
        await CreateSut(await TestStorage.CreateAsync(azurite)).DeleteAsync("20250301T020000-000000", Cancel);
        await CreateSut(TestStorage.Describe(azurite)).DeleteAsync("20250301T020000-000000", Cancel);
    }

    [Theory]
    [InlineData("../index-catalog")]
    [InlineData("manifests/a-txt")]
    [InlineData("")]
    public async Task GetAsync_IdThatIsNotARunId_ReturnsNullWithoutReadingOtherBlobs(string id)
    {
        var storage = await TestStorage.CreateAsync(azurite);
        await storage.State.GetBlobClient("index-catalog.json").UploadAsync(BinaryData.FromString("""{"active":1}"""), Cancel);

        Assert.Null(await CreateSut(storage).GetAsync(id, Cancel));
    }

    private static ReindexRun Run(string id, ReindexMode mode = ReindexMode.Incremental) =>
        new() { Id = id, Mode = mode, State = ReindexState.Running, StartedAt = Started };

    private static BlobReindexRunStore CreateSut(TestStorage storage) => new(storage.Blobs, storage.Options);
}
