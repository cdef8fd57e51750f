using System.Text;
using Azure.Storage.Blobs.Models;
using Ingest.Azure.Sources;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Sources;
using Ingest.Testing.Azurite;

namespace Ingest.Azure.Tests.Sources;

public sealed class BlobDocumentSourceTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_ArticlesBesideSidecarsAndHiddenFiles_ListsOnlyArticlesInNameOrder()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var names = Enumerable.Range(0, 25).Select(i => $"news/{i:00}.txt").ToList();
        foreach (var name in names) await UploadAsync(storage, name, $"article {name}");
        await UploadAsync(storage, "news/00.txt.meta.json", """{"title":"t"}""");
        await UploadAsync(storage, "README.md", "about");
        await UploadAsync(storage, "news/.draft.txt", "hidden");

        var items = await CreateSut(storage).ListAsync(Cancel).ToListAsync(Cancel);

        Assert.Equal(names, items.Select(i => i.Path));
        var first = await storage.Articles.GetBlobClient("news/00.txt").GetPropertiesAsync(cancellationToken: Cancel);
        Assert.Equal(first.Value.ETag.ToString(), items[0].ETag);
        Assert.Equal(Encoding.UTF8.GetByteCount("article news/00.txt"), items[0].Size);
        Assert.Equal(first.Value.LastModified, items[0].LastModified);
    }

    [Fact]
    public async Task ListAsync_AndOpenAsync_ReportTheSameETag()
    {
        // Listings carry the ETag bare and response headers quoted; the re-index job compares the two.
        var storage = await TestStorage.CreateAsync(azurite);
        await UploadAsync(storage, "a.txt", "body");
        var sut = CreateSut(storage);

        var listed = Assert.Single(await sut.ListAsync(Cancel).ToListAsync(Cancel));
        var opened = await sut.OpenAsync("a.txt", Cancel);
        var page = await sut.ListPageAsync(null, 10, Cancel);

        Assert.Equal(opened?.ETag, listed.ETag);
        Assert.Equal(opened?.ETag, Assert.Single(page.Items).ETag);
        Assert.StartsWith("\"", listed.ETag);
    }

    [Fact]
    public async Task ListPageAsync_PageSizeTen_FollowsContinuationTokensToTheEnd()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var names = Enumerable.Range(0, 25).Select(i => $"{i:00}.md").ToList();
        foreach (var name in names) await UploadAsync(storage, name, "# t");
        var sut = CreateSut(storage);

        var first = await sut.ListPageAsync(null, 10, Cancel);
        var second = await sut.ListPageAsync(first.ContinuationToken, 10, Cancel);
        var third = await sut.ListPageAsync(second.ContinuationToken, 10, Cancel);

        Assert.Equal([10, 10, 5], [first.Items.Count, second.Items.Count, third.Items.Count]);
        Assert.NotNull(first.ContinuationToken);
        Assert.NotNull(second.ContinuationToken);
        Assert.Null(third.ContinuationToken);
        Assert.Equal(names, first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.Path));
    }

    [Fact]
    public async Task ListPageAsync_PagesWithSidecars_LeavesThemOutAndStillReachesTheEnd()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        for (var i = 0; i < 12; i++)
        {
            await UploadAsync(storage, $"{i:00}.txt", "x");
            await UploadAsync(storage, $"{i:00}.txt.meta.json", "{}");
        }

        var paths = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await CreateSut(storage).ListPageAsync(token, 5, Cancel);
            paths.AddRange(page.Items.Select(i => i.Path));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"{i:00}.txt"), paths);
        Assert.Equal(5, pages);
    }

    [Fact]
    public async Task ListAsync_ContainerMissing_ThrowsRatherThanReportingAnEmptySource()
    {
        var storage = TestStorage.Describe(azurite);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await CreateSut(storage).ListAsync(Cancel).ToListAsync(Cancel));

        Assert.Contains(storage.Settings.ArticlesContainer, error.Message);
    }

    [Fact]
    public async Task ListPageAsync_ContainerMissing_ThrowsRatherThanReportingAnEmptyPage()
    {
        IDocumentSource sut = CreateSut(TestStorage.Describe(azurite));

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ListPageAsync(null, 10, Cancel));
    }

    [Fact]
    public async Task OpenAsync_BlobWithMetadata_ReturnsContentPropertiesAndOverrides()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var text = "广东省推进数字政府建设";
        var blob = storage.Articles.GetBlobClient("2024/粤.txt");
        await blob.UploadAsync(BinaryData.FromString(text), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
            Metadata = new Dictionary<string, string>
            {
                ["title_b64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("数字政府")),
                ["title"] = "ascii fallback",
                ["Author"] = "Li Hua",
                ["publishedAt"] = "2024-05-01",
                ["language"] = "zh-Hans",
            },
        }, Cancel);
        var properties = (await blob.GetPropertiesAsync(cancellationToken: Cancel)).Value;

        var document = await CreateSut(storage).OpenAsync("2024/粤.txt", Cancel);

        Assert.NotNull(document);
        Assert.Equal("2024/粤.txt", document.Path);
        Assert.Equal(text, Encoding.UTF8.GetString(document.Content.Span));
        Assert.Equal("text/plain; charset=utf-8", document.ContentType);
        Assert.Equal(properties.ETag.ToString(), document.ETag);
        Assert.Equal(properties.LastModified, document.LastModified);
        Assert.NotNull(document.Overrides);
        Assert.Equal("数字政府", document.Overrides.Title);
        Assert.Equal("Li Hua", document.Overrides.Author);
        Assert.Equal(new DateOnly(2024, 5, 1), document.Overrides.PublishedAt);
        Assert.Equal("zh-Hans", document.Overrides.Language);
        Assert.Null(document.Overrides.Source);
    }

    [Fact]
    public async Task OpenAsync_SidecarBesideMetadata_SidecarWins()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        await storage.Articles.GetBlobClient("a.txt").UploadAsync(BinaryData.FromString("body"), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["title"] = "From metadata", ["source"] = "metadata source" },
        }, Cancel);
        await UploadAsync(storage, "a.txt.meta.json", """
            // editors may comment their sidecars
            { "Title": "《关于数字政府的意见》", "author": "王芳", "publishedAt": "2023年7月4日", "language": "zh-Hans", }
            """);

        var document = await CreateSut(storage).OpenAsync("a.txt", Cancel);

        Assert.NotNull(document?.Overrides);
        Assert.Equal("《关于数字政府的意见》", document.Overrides.Title);
        Assert.Equal("王芳", document.Overrides.Author);
        Assert.Equal(new DateOnly(2023, 7, 4), document.Overrides.PublishedAt);
        Assert.Equal("metadata source", document.Overrides.Source);
    }

    [Fact]
    public async Task OpenAsync_BrokenSidecar_IgnoresItAndStillOpensTheArticle()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        await UploadAsync(storage, "b.txt", "body");
        await UploadAsync(storage, "b.txt.meta.json", "{ not json");

        var document = await CreateSut(storage).OpenAsync("b.txt", Cancel);

        Assert.NotNull(document);
        Assert.Null(document.Overrides);
    }

    [Fact]
    public async Task OpenAsync_MissingBlob_ReturnsNull()
    {
        var storage = await TestStorage.CreateAsync(azurite);

        Assert.Null(await CreateSut(storage).OpenAsync("gone.txt", Cancel));
    }

    [Fact]
    public async Task OpenAsync_ContainerMissing_ThrowsRatherThanReportingTheArticleGone()
    {
        var storage = TestStorage.Describe(azurite);

        await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut(storage).OpenAsync("a.txt", Cancel));
    }

    [Fact]
    public async Task OpenAsync_BlobLargerThanDownloadLimit_RejectsAsTooLarge()
    {
        var storage = await TestStorage.CreateAsync(azurite, o => o.MaxDownloadBytes = 1024);
        await UploadAsync(storage, "big.txt", new string('x', 4096));
        await UploadAsync(storage, "small.txt", new string('x', 1024));
        var sut = CreateSut(storage);

        var rejected = await Assert.ThrowsAsync<DocumentRejectedException>(() => sut.OpenAsync("big.txt", Cancel));
        var small = await sut.OpenAsync("small.txt", Cancel);

        Assert.Equal(FailureReason.TooLarge, rejected.Reason);
        Assert.Equal(1024, small?.Content.Length);
    }

    [Fact]
    public async Task OpenAsync_EmptyBlob_ReturnsEmptyContent()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        await UploadAsync(storage, "empty.txt", "");

        var document = await CreateSut(storage).OpenAsync("empty.txt", Cancel);

        Assert.NotNull(document);
        Assert.Equal(0, document.Content.Length);
    }

    [Fact]
    public async Task Description_NamesTheContainer()
    {
        var storage = TestStorage.Describe(azurite);

        Assert.Contains(storage.Settings.ArticlesContainer, CreateSut(storage).Description);
    }

    private static BlobDocumentSource CreateSut(TestStorage storage) => new(storage.Blobs, storage.Options);

    private static Task UploadAsync(TestStorage storage, string name, string content) =>
        storage.Articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), overwrite: true, Cancel);
}
