using Ingest.Local.Sources;
using Ingest.Local.Tests.Support;
using Microsoft.Extensions.Options;

namespace Ingest.Local.Tests.Sources;

public sealed class FolderDocumentSourcePagingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private string Root => _folder.Sub("source");

    private FolderDocumentSource CreateSut() => new(Options.Create(new FolderSourceOptions { Path = Root }));

    private void Write(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "正文");
    }

    private static async Task<List<List<string>>> PagesAsync(FolderDocumentSource source, int pageSize)
    {
        var pages = new List<List<string>>();
        string? token = null;
        do
        {
            var page = await source.ListPageAsync(token, pageSize, Token);
            pages.Add([.. page.Items.Select(i => i.Path)]);
            token = page.ContinuationToken;
            Assert.True(pages.Count < 100, "The listing never ended.");
        }
        while (token is not null);

        return pages;
    }

    [Fact]
    public async Task ListPageAsync_SeveralPages_CoverEveryArticleOnceInTheListingsOrder()
    {
        foreach (var path in new[] { "b.txt", "a.txt", "sub/c.md", "sub/deeper/d.html", "Z.txt", "e.json", "f.txt" }) Write(path);
        // Not articles: a sidecar, a hidden file, an editor temporary, a partial download.
        foreach (var path in new[] { "a.txt.meta.json", ".hidden.txt", "~$draft.docx", "g.txt.part" }) Write(path);
        var sut = CreateSut();

        var pages = await PagesAsync(sut, pageSize: 3);

        var listed = await sut.ListAsync(Token).Select(i => i.Path).ToListAsync(Token);
        Assert.Equal(7, listed.Count);
        Assert.Equal(listed, pages.SelectMany(p => p));
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Equal([3, 3, 1], pages.Select(p => p.Count));
    }

    [Fact]
    public async Task ListPageAsync_ExactMultipleOfThePageSize_EndsWithoutAnEmptyPage()
    {
        foreach (var path in new[] { "a.txt", "b.txt", "c.txt", "d.txt" }) Write(path);

        var first = await CreateSut().ListPageAsync(null, 2, Token);
        var last = await CreateSut().ListPageAsync(first.ContinuationToken, 2, Token);

        Assert.Equal("b.txt", first.ContinuationToken);
        Assert.Equal(["c.txt", "d.txt"], last.Items.Select(i => i.Path));
        Assert.Null(last.ContinuationToken);
    }

    [Fact]
    public async Task ListPageAsync_FilesAddedAndDeletedBetweenPages_ResumesRightAfterTheToken()
    {
        foreach (var path in new[] { "a.txt", "c.txt", "e.txt", "g.txt" }) Write(path);
        var sut = CreateSut();
        var first = await sut.ListPageAsync(null, 2, Token);
        File.Delete(Path.Combine(Root, "c.txt"));
        Write("b.txt");
        Write("d.txt");

        var second = await sut.ListPageAsync(first.ContinuationToken, 10, Token);

        Assert.Equal(["a.txt", "c.txt"], first.Items.Select(i => i.Path));
        Assert.Equal(["d.txt", "e.txt", "g.txt"], second.Items.Select(i => i.Path));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task ListPageAsync_MissingFolder_ReturnsOneEmptyLastPage()
    {
        var page = await CreateSut().ListPageAsync(null, 5, Token);

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListPageAsync_PageSizeBelowOne_Throws()
    {
        Directory.CreateDirectory(Root);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CreateSut().ListPageAsync(null, 0, Token));
    }
}
