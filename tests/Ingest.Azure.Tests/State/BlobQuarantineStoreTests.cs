using System.Text;
using System.Text.Json;
using Ingest.Azure.State;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.State;
using Ingest.Testing.Azurite;

namespace Ingest.Azure.Tests.State;

public sealed class BlobQuarantineStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PutAsync_Document_WritesTheCopyAtItsPathAndTheReasonBesideIt()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var document = Document("2024/坏.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]);

        await CreateSut(storage).PutAsync(document, Record(document), Cancel);

        var copy = (await storage.Quarantine.GetBlobClient("2024/坏.pdf").DownloadContentAsync(Cancel)).Value;
        Assert.Equal(document.Content.ToArray(), copy.Content.ToArray());
        Assert.Equal("application/pdf", copy.Details.ContentType);
        var reason = (await storage.Quarantine.GetBlobClient("2024/坏.pdf.reason.json").DownloadContentAsync(Cancel)).Value;
        using var json = JsonDocument.Parse(reason.Content);
        Assert.Equal("Corrupt", json.RootElement.GetProperty("reason").GetString());
        Assert.Equal("2024/坏.pdf", json.RootElement.GetProperty("sourcePath").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task PutAsync_SecondTime_OverwritesTheCopy()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        await sut.PutAsync(Document("a.txt", Encoding.UTF8.GetBytes("one")), Record(Document("a.txt", [])), Cancel);

        await sut.PutAsync(Document("a.txt", Encoding.UTF8.GetBytes("two")), Record(Document("a.txt", [])), Cancel);

        Assert.Equal("two", (await storage.Quarantine.GetBlobClient("a.txt").DownloadContentAsync(Cancel)).Value.Content.ToString());
    }

    [Fact]
    public async Task RemoveAsync_Quarantined_DeletesTheCopyAndTheReason()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var sut = CreateSut(storage);
        var document = Document("x/a.txt", Encoding.UTF8.GetBytes("bad"));
        await sut.PutAsync(document, Record(document), Cancel);

        await sut.RemoveAsync("x/a.txt", Cancel);

        Assert.False((await storage.Quarantine.GetBlobClient("x/a.txt").ExistsAsync(Cancel)).Value);
        Assert.False((await storage.Quarantine.GetBlobClient("x/a.txt.reason.json").ExistsAsync(Cancel)).Value);
    }

    [Fact]
    public async Task RemoveAsync_NothingQuarantined_DoesNotThrow()
    {
        await CreateSut(await TestStorage.CreateAsync(azurite)).RemoveAsync("never.txt", Cancel);
        await CreateSut(TestStorage.Describe(azurite)).RemoveAsync("no-container.txt", Cancel);
    }

    private static BlobQuarantineStore CreateSut(TestStorage storage) => new(storage.Blobs, storage.Options);

    private static SourceDocument Document(string path, byte[] content) => new()
    {
        Path = path,
        Content = content,
        ContentType = path.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/plain",
    };

    private static QuarantineRecord Record(SourceDocument document) =>
        new(document.DocumentId, document.Path, FailureReason.Corrupt, "truncated", "hash", "p1", 3, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
}
