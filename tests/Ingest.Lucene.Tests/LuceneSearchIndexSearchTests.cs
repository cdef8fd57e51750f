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

    [Fact]
    public async Task SearchAsync_SimplifiedQuery_FindsTraditionalTextAndMarksOriginalCharacters()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型", Mode = SearchMode.Chunks }, Ct);

        var hit = results.Hits.Single(h => h.ChunkId == "doc-a#0");
        Assert.Contains("<em>數字化轉型</em>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["doc-a#0", "doc-a#1", "doc-b#0"], results.Hits.Select(h => h.ChunkId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_TraditionalQuery_FindsSimplifiedText()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "數字化轉型", Mode = SearchMode.Chunks }, Ct);

        var hit = results.Hits.Single(h => h.ChunkId == "doc-b#0");
        Assert.Contains("<em>数字化转型</em>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(3, results.Count);
    }

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
    public async Task SearchAsync_SingleCharacterTwiceInOneRun_MarksOnlyTheCharacters()
    {
        var sut = fixture.Open();
        await sut.ReplaceDocumentAsync("doc-x", [Chunks.Of("doc-x", 0, "数字化转型很重要和化")], Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "化" }, Ct);

        Assert.Equal("数字<em>化</em>转型很重要和<em>化</em>", Assert.Single(results.Hits).Snippet);
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
    public async Task SearchAsync_SeveralTerms_RequiresEveryTerm()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型 深圳", Mode = SearchMode.Chunks }, Ct);

        Assert.Equal(["doc-a#1"], results.Hits.Select(h => h.ChunkId));
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

    [Fact]
    public async Task SearchAsync_MatchInTitleOnly_FallsBackToEscapedLead()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "政策解读" }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("doc-c", hit.DocumentId);
        Assert.Equal("广东省加强生态环境保护，推动绿色发展。", hit.Snippet);
    }

    [Fact]
    public async Task SearchAsync_MarkupInText_ComesBackEscaped()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字政府" }, Ct);

        var snippet = Assert.Single(results.Hits).Snippet;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<em>数字政府</em>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_EmptyText_MatchesEveryPassage()
    {
        var sut = await CreateSutAsync();

        var chunks = await sut.SearchAsync(new SearchQuery { Mode = SearchMode.Chunks, Top = 50 }, Ct);
        var documents = await sut.SearchAsync(new SearchQuery { Top = 50 }, Ct);

        Assert.Equal(8, chunks.Count);
        Assert.Equal(8, chunks.Hits.Count);
        Assert.Equal(5, documents.Count);
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
    public async Task SearchAsync_DocumentsMode_CollapsesToBestPassagePerDocument()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型" }, Ct);

        Assert.Equal(2, results.Count);
        Assert.Equal(["doc-a", "doc-b"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
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
    public async Task SearchAsync_PlaceFilterWithAlternatives_SelectsAnyOf()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = ["上海", "深圳"] } }, Ct);

        Assert.Equal(["doc-a", "doc-b"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_ThemeAndLanguageFilters_CombineWithAnd()
    {
        var sut = await CreateSutAsync();

        var theme = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Themes = ["digital-economy"] } }, Ct);
        var themeAndLanguage = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Themes = ["digital-economy"], Languages = ["en"] } }, Ct);

        Assert.Equal(["doc-a", "doc-b", "doc-d"], theme.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(["doc-d"], themeAndLanguage.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task SearchAsync_DateRange_IsInclusiveAndExcludesUndated()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 5, 10) } }, Ct);
        var fromOnly = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { From = new DateOnly(2024, 4, 1) } }, Ct);

        Assert.Equal(["doc-a", "doc-b"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(["doc-b"], fromOnly.Hits.Select(h => h.DocumentId));
    }

    [Theory]
    [InlineData("广东') or true")]
    [InlineData("广东\" OR \"*")]
    [InlineData("*")]
    public async Task SearchAsync_FilterValueLookingLikeSyntax_MatchesNothing(string value)
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = [value] } }, Ct);

        Assert.Equal(0, results.Count);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task SearchAsync_FacetsInDocumentsMode_CountEachDocumentOnce()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Facets = [FacetField.Place, FacetField.Theme, FacetField.Language, FacetField.Source] }, Ct);

        Assert.Equal([new FacetCount("广东", 2), new FacetCount("上海", 1), new FacetCount("深圳", 1)], results.Facets[FacetField.Place]);
        Assert.Equal([new FacetCount("digital-economy", 3), new FacetCount("environment", 1)], results.Facets[FacetField.Theme]);
        Assert.Equal([new FacetCount("zh-Hans", 3), new FacetCount("en", 1), new FacetCount("zh-Hant", 1)], results.Facets[FacetField.Language]);
        Assert.Equal([new FacetCount("新华社", 2)], results.Facets[FacetField.Source]);
    }

    [Fact]
    public async Task SearchAsync_FacetsInChunksMode_CountPassages()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Mode = SearchMode.Chunks, Facets = [FacetField.Place] }, Ct);

        Assert.Equal([new FacetCount("广东", 5), new FacetCount("深圳", 3), new FacetCount("上海", 1)], results.Facets[FacetField.Place]);
    }

    [Fact]
    public async Task SearchAsync_FacetsWithQueryAndPaging_CountEveryMatchNotOnlyThePage()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型", Top = 1, Facets = [FacetField.Place] }, Ct);

        Assert.Single(results.Hits);
        Assert.Equal([new FacetCount("上海", 1), new FacetCount("广东", 1), new FacetCount("深圳", 1)], results.Facets[FacetField.Place]);
    }

    [Fact]
    public async Task SearchAsync_OrderByDate_ReturnsNewestFirstAndUndatedLast()
    {
        var sut = await CreateSutAsync();

        var documents = await sut.SearchAsync(new SearchQuery { OrderBy = SearchOrder.Date }, Ct);
        var chunks = await sut.SearchAsync(new SearchQuery { OrderBy = SearchOrder.Date, Mode = SearchMode.Chunks, Top = 3 }, Ct);

        Assert.Equal(["doc-b", "doc-a", "doc-c"], documents.Hits.Take(3).Select(h => h.DocumentId));
        Assert.All(documents.Hits.Skip(3), h => Assert.Null(h.PublishedAt));
        Assert.Equal(["doc-b#0", "doc-a#0", "doc-a#1"], chunks.Hits.Select(h => h.ChunkId));
    }

    [Theory]
    [InlineData(SearchMode.Documents, 5)]
    [InlineData(SearchMode.Chunks, 8)]
    public async Task SearchAsync_Pages_CoverEveryHitOnce(SearchMode mode, int total)
    {
        var sut = await CreateSutAsync();

        var seen = new List<string>();
        for (var skip = 0; skip < total + 2; skip += 2)
        {
            var page = await sut.SearchAsync(new SearchQuery { Mode = mode, Skip = skip, Top = 2 }, Ct);
            Assert.Equal(total, page.Count);
            seen.AddRange(page.Hits.Select(h => h.ChunkId));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct(StringComparer.Ordinal).Count());
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

    [Fact]
    public async Task SearchAsync_Hit_CarriesStoredFields()
    {
        var sut = await CreateSutAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "深圳市" }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("doc-a#1", hit.ChunkId);
        Assert.Equal("廣東數字化", hit.Title);
        Assert.Equal("二、智慧城市", hit.Section);
        Assert.Equal(new DateOnly(2024, 3, 1), hit.PublishedAt);
        Assert.Equal("新华社", hit.Source);
        Assert.Equal("articles/doc-a.txt", hit.Path);
        Assert.Equal("zh-Hant", hit.Language);
        Assert.Equal([new ChunkEntity("place", "深圳市", "深圳")], hit.Entities);
        Assert.Equal([new ChunkTheme("smart-city", 0.5)], hit.Themes);
        Assert.True(hit.Score > 0);
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
