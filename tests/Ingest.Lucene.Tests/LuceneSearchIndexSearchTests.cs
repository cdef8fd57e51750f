using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Xunit;

namespace Ingest.Lucene.Tests;

public sealed class LuceneSearchIndexSearchTests : IDisposable
{
    private static readonly string[] Guangdong = ["广东", "深圳"];

    private readonly IndexFixture fixture = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("绿")]
    [InlineData("綠")]
    public async Task SearchAsync_SingleCharacter_FindsAndMarksIt(string text)
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = text, Mode = SearchMode.Chunks }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("doc-c#0", hit.ChunkId);
        Assert.Contains("<em>绿</em>色", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_MatchesFarApartInLongPassage_JoinsTwoFragments()
    {
        var sut = fixture.Open();
        var filler = string.Concat(Enumerable.Repeat("各地区各部门要认真贯彻落实。", 30));
        await sut.ReplaceDocumentAsync("doc-x", [Chunks.Of("doc-x", 0, "開頭談碳中和。" + filler + "結尾再談碳中和。")], Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "碳中和" }, Ct);

        var snippet = Assert.Single(results.Hits).Snippet;
        var fragments = snippet.Split(" … ");
        Assert.Equal(2, fragments.Length);
        Assert.All(fragments, f => Assert.Contains("<em>碳中和</em>", f, StringComparison.Ordinal));
        Assert.True(snippet.Length < 300, snippet);
    }

    [Fact]
    public async Task SearchAsync_AdjacentBigramsOfTheQuery_Match()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "化转" }, Ct);

        Assert.Equal(["doc-a", "doc-b", "doc-c"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_BigramsPresentOnlyApart_DoesNotMatch()
    {
        var sut = await CreateSutAsync();

        // doc-c#1 holds 数字, 字化, 化转 and 转型, but never in sequence.
        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型", Mode = SearchMode.Chunks }, Ct);

        Assert.DoesNotContain(results.Hits, h => h.DocumentId == "doc-c");
    }

    [Fact]
    public async Task SearchAsync_QuotedEnglishPhrase_MatchesOnlyInOrder()
    {
        var sut = await CreateSutAsync();

        var inOrder = await sut.SearchAsync(new SearchQuery { Text = "\"digital transformation\"" }, Ct);
        var reversed = await sut.SearchAsync(new SearchQuery { Text = "\"transformation digital\"" }, Ct);

        Assert.Equal(["doc-d"], inOrder.Hits.Select(h => h.DocumentId));
        Assert.Empty(reversed.Hits);
    }

    [Fact]
    public async Task SearchAsync_EnglishWordForm_MatchesStemAndMarksWordAsWritten()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "Regulation" }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Contains("<em>regulations</em>", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("，。！")]
    [InlineData("\"\"")]
    public async Task SearchAsync_TextWithoutWords_MatchesNothing(string text)
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = text }, Ct);

        Assert.Equal(0, results.Count);
    }

    [Theory]
    [InlineData("title:数字 OR *")]
    [InlineData("数字) AND (\"")]
    [InlineData("[a TO z] ~2 ^3 \\")]
    public async Task SearchAsync_QuerySyntaxCharacters_AreTreatedAsText(string text)
    {
        var sut = await CreateSutAsync();

        // No operator, field or wildcard takes effect: the words are required as words, and none occur.
        var results = await sut.SearchAsync(new SearchQuery { Text = text }, Ct);

        Assert.Equal(0, results.Count);
    }

    [Fact]
    public async Task SearchAsync_DocumentsRewrittenAcrossSegments_CollapseAndCountOnlyLiveChunks()
    {
        var sut = fixture.Open();
        var query = new SearchQuery { Text = "数字", Facets = [FacetField.Place] };

        // A search between writes makes each write its own segment; the rewrite leaves deleted chunks behind.
        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "数字一", places: ["广东"]), Chunks.Of("doc-a", 1, "数字二", places: ["广东"])], Ct);
        await sut.SearchAsync(query, Ct);
        await sut.ReplaceDocumentAsync("doc-b", [Chunks.Of("doc-b", 0, "数字三", places: ["上海"])], Ct);
        await sut.SearchAsync(query, Ct);
        await sut.ReplaceDocumentAsync("doc-a", [Chunks.Of("doc-a", 0, "数字四", places: ["深圳"]), Chunks.Of("doc-a", 1, "数字五", places: ["深圳"]), Chunks.Of("doc-a", 2, "数字六", places: ["深圳"])], Ct);

        var documents = await sut.SearchAsync(query, Ct);
        var chunks = await sut.SearchAsync(query with { Mode = SearchMode.Chunks }, Ct);

        Assert.Equal(2, documents.Count);
        Assert.Equal([new FacetCount("上海", 1), new FacetCount("深圳", 1)], documents.Facets[FacetField.Place]);
        Assert.Equal(4, chunks.Count);
        Assert.Equal([new FacetCount("深圳", 3), new FacetCount("上海", 1)], chunks.Facets[FacetField.Place]);
        Assert.Equal(new IndexStatistics(4, 2), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task SearchAsync_DuringConcurrentWrites_SeesEveryFinishedWrite()
    {
        var sut = fixture.Open();

        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (i, ct) =>
        {
            var id = $"doc-{i:D2}";
            await sut.ReplaceDocumentAsync(id, [Chunks.Of(id, 0, "数字化转型"), Chunks.Of(id, 1, "其他")], ct);
            var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = [] }, Text = "数字化", Mode = SearchMode.Chunks, Top = 50 }, ct);
            Assert.Contains(results.Hits, h => h.DocumentId == id);
        });

        Assert.Equal(40, (await sut.SearchAsync(new SearchQuery { Text = "数字化转型" }, Ct)).Count);
    }

    [Fact]
    public async Task SearchAsync_Relevance_PutsTitleMatchesFirst()
    {
        var sut = fixture.Open();
        await sut.ReplaceDocumentAsync("in-text", [Chunks.Of("in-text", 0, "关于碳中和的说明", title: "通知")], Ct);
        await sut.ReplaceDocumentAsync("in-title", [Chunks.Of("in-title", 0, "关于碳中和的说明", title: "碳中和")], Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "碳中和" }, Ct);

        Assert.Equal(["in-title", "in-text"], results.Hits.Select(h => h.DocumentId));
        Assert.True(results.Hits[0].Score > results.Hits[1].Score);
    }

    /// <summary>
    /// Five documents, eight passages: doc-a (Traditional, 3 passages), doc-b, doc-c (2 passages),
    /// doc-d (English, undated) and doc-e (markup in the text, undated).
    /// </summary>
    private async Task<LuceneSearchIndex> CreateSutAsync()
    {
        var sut = fixture.Open();
        var march = new DateOnly(2024, 3, 1);
        await sut.ReplaceDocumentAsync("doc-a",
        [
            Chunks.Of("doc-a", 0, "廣東省推動數字化轉型，發展數字經濟。", title: "廣東數字化", language: "zh-Hant", publishedAt: march, source: "新华社", places: Guangdong, themes: ["digital-economy"]),
            Chunks.Of("doc-a", 1, "深圳市加快建設智慧城市，數字化轉型成效顯著。", title: "廣東數字化", language: "zh-Hant", publishedAt: march, source: "新华社", places: Guangdong, themes: ["digital-economy"]) with
            {
                Section = "二、智慧城市",
                Entities = [new ChunkEntity("place", "深圳市", "深圳")],
                ChunkThemes = [new ChunkTheme("smart-city", 0.5)],
            },
            Chunks.Of("doc-a", 2, "其他工作安排另行通知。", title: "廣東數字化", language: "zh-Hant", publishedAt: march, source: "新华社", places: Guangdong, themes: ["digital-economy"]),
        ], Ct);
        await sut.ReplaceDocumentAsync("doc-b",
        [
            Chunks.Of("doc-b", 0, "上海市推进数字化转型，建设国际数字之都。", title: "上海数字化", publishedAt: new DateOnly(2024, 5, 10), source: "新华社", places: ["上海"], themes: ["digital-economy"]),
        ], Ct);
        var january = new DateOnly(2023, 1, 15);
        await sut.ReplaceDocumentAsync("doc-c",
        [
            Chunks.Of("doc-c", 0, "广东省加强生态环境保护，推动绿色发展。", title: "政策解读", publishedAt: january, places: ["广东"], themes: ["environment"]),
            Chunks.Of("doc-c", 1, "数字经济，字化为用，化转为动力，转型是目标。", title: "政策解读", publishedAt: january, places: ["广东"], themes: ["environment"]),
        ], Ct);
        await sut.ReplaceDocumentAsync("doc-d",
        [
            Chunks.Of("doc-d", 0, "The regulations on digital transformation were published.", title: "Policy", language: "en", themes: ["digital-economy"]),
        ], Ct);
        await sut.ReplaceDocumentAsync("doc-e",
        [
            Chunks.Of("doc-e", 0, "<script>alert(1)</script> 推进数字政府建设", title: "网页"),
        ], Ct);
        return sut;
    }
}
