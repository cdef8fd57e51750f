using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Xunit;

namespace Ingest.Testing.Contracts;

/// <summary>
/// The behaviour every <see cref="ISearchIndex"/> adapter must share, so that the local host and
/// Azure answer the same query the same way. A test class per adapter derives from this and
/// supplies a fresh, empty index per test; xunit runs the inherited cases against it. Only
/// behaviour that does not depend on an analyzer's ranking or stemming is asserted here.
/// </summary>
public abstract class SearchIndexContract
{
    private static readonly string[] Guangdong = ["广东", "深圳"];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty index for one test.</summary>
    protected abstract Task<ISearchIndex> CreateIndexAsync();

    [Fact]
    public async Task ReplaceDocumentAsync_NewDocument_IsFoundBySearch()
    {
        var sut = await CreateIndexAsync();

        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "推动数字化转型")], Ct);
        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化" }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("doc-a", hit.DocumentId);
        Assert.Equal("doc-a#0", hit.ChunkId);
    }

    [Fact]
    public async Task ReplaceDocumentAsync_FewerChunksThanBefore_DeletesStaleChunks()
    {
        var sut = await CreateIndexAsync();
        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一"), ContractChunks.Of("doc-a", 1, "二"), ContractChunks.Of("doc-a", 2, "三")], Ct);
        await sut.ReplaceDocumentAsync("doc-b", [ContractChunks.Of("doc-b", 0, "四")], Ct);

        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "一", contentHash: "hash-2"), ContractChunks.Of("doc-a", 1, "二", contentHash: "hash-2")], Ct);

        var entries = await ToListAsync(sut.ListEntriesAsync(Ct));
        Assert.Equal(
            [new IndexEntry("doc-a", "doc-a#0", "hash-2", "v1"), new IndexEntry("doc-a", "doc-a#1", "hash-2", "v1"), new IndexEntry("doc-b", "doc-b#0", "hash-1", "v1")],
            entries.OrderBy(e => e.ChunkId, StringComparer.Ordinal));
        Assert.Equal(new IndexStatistics(3, 2), await sut.GetStatisticsAsync(Ct));
        Assert.Equal(["doc-a#0", "doc-a#1"], (await sut.GetDocumentChunksAsync("doc-a", Ct)).Select(c => c.ChunkId));
    }

    [Fact]
    public async Task ReplaceDocumentAsync_SameChunksTwice_DoesNotDuplicate()
    {
        var sut = await CreateIndexAsync();
        IndexedChunk[] chunks = [ContractChunks.Of("doc-a", 0, "数字化转型"), ContractChunks.Of("doc-a", 1, "数字经济")];

        await sut.ReplaceDocumentAsync("doc-a", chunks, Ct);
        await sut.ReplaceDocumentAsync("doc-a", chunks, Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字", Mode = SearchMode.Chunks }, Ct);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public async Task ReplaceDocumentAsync_ChunkOfAnotherDocument_Throws()
    {
        var sut = await CreateIndexAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-b", 0, "一")], Ct));
    }

    [Fact]
    public async Task DeleteDocumentAsync_IndexedDocument_RemovesAllItsChunks()
    {
        var sut = await CreateIndexAsync();
        await sut.ReplaceDocumentAsync("doc-a", [ContractChunks.Of("doc-a", 0, "数字一"), ContractChunks.Of("doc-a", 1, "数字二")], Ct);
        await sut.ReplaceDocumentAsync("doc-b", [ContractChunks.Of("doc-b", 0, "数字三")], Ct);

        await sut.DeleteDocumentAsync("doc-a", Ct);
        await sut.DeleteDocumentAsync("doc-unknown", Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字", Mode = SearchMode.Chunks }, Ct);
        Assert.Equal(["doc-b#0"], results.Hits.Select(h => h.ChunkId));
        Assert.Empty(await sut.GetDocumentChunksAsync("doc-a", Ct));
        Assert.Equal(new IndexStatistics(1, 1), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task GetDocumentChunksAsync_IndexedDocument_ReturnsChunksInOrdinalOrderWithAllFields()
    {
        var sut = await CreateIndexAsync();
        var first = ContractChunks.Of("doc-a", 0, "廣東省推動數字化轉型。", title: "廣東", language: "zh-Hant", publishedAt: new DateOnly(2024, 3, 1), source: "新华社", places: Guangdong, themes: ["digital-economy"], persons: ["马兴瑞"]) with
        {
            Section = "一、总体要求",
            Organizations = ["广东省人民政府"],
            Works = ["十四五规划"],
            Events = ["进博会"],
            Entities = [new ChunkEntity("place", "廣東省", "广东")],
            ChunkThemes = [new ChunkTheme("digital-economy", 0.75)],
        };
        var second = ContractChunks.Of("doc-a", 1, "其他。");
        var third = ContractChunks.Of("doc-a", 2, "再其他。");

        await sut.ReplaceDocumentAsync("doc-a", [third, first, second], Ct);
        var chunks = await sut.GetDocumentChunksAsync("doc-a", Ct);

        Assert.Equal(["doc-a#0", "doc-a#1", "doc-a#2"], chunks.Select(c => c.ChunkId));
        var read = chunks[0];
        Assert.Equal(first with { Persons = [], Places = [], Organizations = [], Works = [], Events = [], Themes = [], Entities = [], ChunkThemes = [] },
            read with { Persons = [], Places = [], Organizations = [], Works = [], Events = [], Themes = [], Entities = [], ChunkThemes = [] });
        Assert.Equal(first.Persons, read.Persons);
        Assert.Equal(first.Places, read.Places);
        Assert.Equal(first.Organizations, read.Organizations);
        Assert.Equal(first.Works, read.Works);
        Assert.Equal(first.Events, read.Events);
        Assert.Equal(first.Themes, read.Themes);
        Assert.Equal(first.Entities, read.Entities);
        Assert.Equal(first.ChunkThemes, read.ChunkThemes);
        Assert.Empty(await sut.GetDocumentChunksAsync("doc-unknown", Ct));
    }

    [Fact]
    public async Task ListEntriesAsync_SeveralDocuments_ListsEveryChunkOnce()
    {
        var sut = await SeedAsync();

        var entries = await ToListAsync(sut.ListEntriesAsync(Ct));

        Assert.Equal(8, entries.Count);
        Assert.Equal(["doc-a#0", "doc-a#1", "doc-a#2", "doc-b#0", "doc-c#0", "doc-c#1", "doc-d#0", "doc-e#0"], entries.Select(e => e.ChunkId).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(e.ChunkId[..e.ChunkId.IndexOf('#', StringComparison.Ordinal)], e.DocumentId));
        Assert.Equal(new IndexStatistics(8, 5), await sut.GetStatisticsAsync(Ct));
    }

    [Fact]
    public async Task SearchAsync_SimplifiedQuery_FindsTraditionalTextAndMarksOriginalCharacters()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型", Mode = SearchMode.Chunks }, Ct);

        var hit = results.Hits.Single(h => h.ChunkId == "doc-a#0");
        Assert.Contains("<em>數字化轉型</em>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["doc-a#0", "doc-a#1", "doc-b#0"], results.Hits.Select(h => h.ChunkId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_TraditionalQuery_FindsSimplifiedText()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "數字化轉型", Mode = SearchMode.Chunks }, Ct);

        var hit = results.Hits.Single(h => h.ChunkId == "doc-b#0");
        Assert.Contains("<em>数字化转型</em>", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(3, results.Count);
    }

    [Fact]
    public async Task SearchAsync_SingleCharacterTwiceInOneRun_MarksOnlyTheCharacters()
    {
        var sut = await CreateIndexAsync();
        await sut.ReplaceDocumentAsync("doc-x", [ContractChunks.Of("doc-x", 0, "数字化转型很重要和化")], Ct);

        var results = await sut.SearchAsync(new SearchQuery { Text = "化" }, Ct);

        Assert.Equal("数字<em>化</em>转型很重要和<em>化</em>", Assert.Single(results.Hits).Snippet);
    }

    [Fact]
    public async Task SearchAsync_SeveralTerms_RequiresEveryTerm()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型 深圳", Mode = SearchMode.Chunks }, Ct);

        Assert.Equal(["doc-a#1"], results.Hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task SearchAsync_MatchInTitleOnly_FallsBackToEscapedLead()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "政策解读" }, Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("doc-c", hit.DocumentId);
        Assert.Equal("广东省加强生态环境保护，推动绿色发展。", hit.Snippet);
    }

    [Fact]
    public async Task SearchAsync_MarkupInText_ComesBackEscaped()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字政府" }, Ct);

        var snippet = Assert.Single(results.Hits).Snippet;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<em>数字政府</em>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_EmptyText_MatchesEveryPassage()
    {
        var sut = await SeedAsync();

        var chunks = await sut.SearchAsync(new SearchQuery { Mode = SearchMode.Chunks, Top = 50 }, Ct);
        var documents = await sut.SearchAsync(new SearchQuery { Top = 50 }, Ct);

        Assert.Equal(8, chunks.Count);
        Assert.Equal(8, chunks.Hits.Count);
        Assert.Equal(5, documents.Count);
        Assert.Equal(5, documents.Hits.Count);
    }

    [Theory]
    [InlineData("，。！")]
    [InlineData("\"\"")]
    [InlineData("title:数字 OR *")]
    [InlineData("数字) AND (\"")]
    public async Task SearchAsync_TextWithoutWordsOrWithSyntax_MatchesNothing(string text)
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = text }, Ct);

        Assert.Equal(0, results.Count);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task SearchAsync_DocumentsMode_CollapsesToBestPassagePerDocument()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型" }, Ct);

        Assert.Equal(2, results.Count);
        Assert.Equal(["doc-a", "doc-b"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_PlaceFilterWithAlternatives_SelectsAnyOf()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = ["上海", "深圳"] } }, Ct);

        Assert.Equal(["doc-a", "doc-b"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_ThemeAndLanguageFilters_CombineWithAnd()
    {
        var sut = await SeedAsync();

        var theme = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Themes = ["digital-economy"] } }, Ct);
        var themeAndLanguage = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Themes = ["digital-economy"], Languages = ["en", "zh-Hant"] } }, Ct);

        Assert.Equal(["doc-a", "doc-b", "doc-d"], theme.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(["doc-a", "doc-d"], themeAndLanguage.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_DateRange_IsInclusiveAndExcludesUndated()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 5, 10) } }, Ct);
        var fromOnly = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { From = new DateOnly(2024, 4, 1) } }, Ct);
        var toOnly = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { To = new DateOnly(2024, 2, 29) } }, Ct);

        Assert.Equal(["doc-a", "doc-b"], results.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        Assert.Equal(["doc-b"], fromOnly.Hits.Select(h => h.DocumentId));
        Assert.Equal(["doc-c"], toOnly.Hits.Select(h => h.DocumentId));
    }

    [Theory]
    [InlineData("广东') or true")]
    [InlineData("广东' or places/any(t: t ne '') or '")]
    [InlineData("广东\" OR \"*")]
    [InlineData("*")]
    public async Task SearchAsync_FilterValueLookingLikeSyntax_MatchesNothing(string value)
    {
        var sut = await SeedAsync();

        var places = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = [value] } }, Ct);
        var sources = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Sources = [value] } }, Ct);

        Assert.Equal(0, places.Count);
        Assert.Empty(places.Hits);
        Assert.Equal(0, sources.Count);
    }

    [Fact]
    public async Task SearchAsync_FilterValueWithQuote_MatchesExactly()
    {
        var sut = await CreateIndexAsync();
        await sut.ReplaceDocumentAsync("doc-q", [ContractChunks.Of("doc-q", 0, "一", places: ["O'Hare"])], Ct);
        await sut.ReplaceDocumentAsync("doc-r", [ContractChunks.Of("doc-r", 0, "二", places: ["Hare"])], Ct);

        var results = await sut.SearchAsync(new SearchQuery { Filters = new SearchFilters { Places = ["O'Hare"] } }, Ct);

        Assert.Equal(["doc-q"], results.Hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task SearchAsync_FacetsInDocumentsMode_CountEachDocumentOnce()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Facets = [FacetField.Place, FacetField.Theme, FacetField.Language, FacetField.Source] }, Ct);

        Assert.Equal([new FacetCount("广东", 2), new FacetCount("上海", 1), new FacetCount("深圳", 1)], results.Facets[FacetField.Place]);
        Assert.Equal([new FacetCount("digital-economy", 3), new FacetCount("environment", 1)], results.Facets[FacetField.Theme]);
        Assert.Equal([new FacetCount("zh-Hans", 3), new FacetCount("en", 1), new FacetCount("zh-Hant", 1)], results.Facets[FacetField.Language]);
        Assert.Equal([new FacetCount("新华社", 2)], results.Facets[FacetField.Source]);
    }

    [Fact]
    public async Task SearchAsync_FacetsInChunksMode_CountPassages()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Mode = SearchMode.Chunks, Facets = [FacetField.Place] }, Ct);

        Assert.Equal([new FacetCount("广东", 5), new FacetCount("深圳", 3), new FacetCount("上海", 1)], results.Facets[FacetField.Place]);
    }

    [Fact]
    public async Task SearchAsync_FacetsWithQueryAndPaging_CountEveryMatchNotOnlyThePage()
    {
        var sut = await SeedAsync();

        var results = await sut.SearchAsync(new SearchQuery { Text = "数字化转型", Top = 1, Facets = [FacetField.Place] }, Ct);

        Assert.Single(results.Hits);
        Assert.Equal(2, results.Count);
        Assert.Equal([new FacetCount("上海", 1), new FacetCount("广东", 1), new FacetCount("深圳", 1)], results.Facets[FacetField.Place]);
    }

    [Fact]
    public async Task SearchAsync_OrderByDate_ReturnsNewestFirstAndUndatedLast()
    {
        var sut = await SeedAsync();

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
        var sut = await SeedAsync();

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
    public async Task SearchAsync_Hit_CarriesStoredFields()
    {
        var sut = await SeedAsync();

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
    protected async Task<ISearchIndex> SeedAsync()
    {
        var sut = await CreateIndexAsync();
        var march = new DateOnly(2024, 3, 1);
        await sut.ReplaceDocumentAsync("doc-a",
        [
            ContractChunks.Of("doc-a", 0, "廣東省推動數字化轉型，發展數字經濟。", title: "廣東數字化", language: "zh-Hant", publishedAt: march, source: "新华社", places: Guangdong, themes: ["digital-economy"]),
            ContractChunks.Of("doc-a", 1, "深圳市加快建設智慧城市，數字化轉型成效顯著。", title: "廣東數字化", language: "zh-Hant", publishedAt: march, source: "新华社", places: Guangdong, themes: ["digital-economy"]) with
            {
                Section = "二、智慧城市",
                Entities = [new ChunkEntity("place", "深圳市", "深圳")],
                ChunkThemes = [new ChunkTheme("smart-city", 0.5)],
            },
            ContractChunks.Of("doc-a", 2, "其他工作安排另行通知。", title: "廣東數字化", language: "zh-Hant", publishedAt: march, source: "新华社", places: Guangdong, themes: ["digital-economy"]),
        ], Ct);
        await sut.ReplaceDocumentAsync("doc-b",
        [
            ContractChunks.Of("doc-b", 0, "上海市推进数字化转型，建设国际数字之都。", title: "上海数字化", publishedAt: new DateOnly(2024, 5, 10), source: "新华社", places: ["上海"], themes: ["digital-economy"]),
        ], Ct);
        var january = new DateOnly(2023, 1, 15);
        await sut.ReplaceDocumentAsync("doc-c",
        [
            ContractChunks.Of("doc-c", 0, "广东省加强生态环境保护，推动绿色发展。", title: "政策解读", publishedAt: january, places: ["广东"], themes: ["environment"]),
            ContractChunks.Of("doc-c", 1, "数字经济，字化为用，化转为动力，转型是目标。", title: "政策解读", publishedAt: january, places: ["广东"], themes: ["environment"]),
        ], Ct);
        await sut.ReplaceDocumentAsync("doc-d",
        [
            ContractChunks.Of("doc-d", 0, "The regulations on digital transformation were published.", title: "Policy", language: "en", themes: ["digital-economy"]),
        ], Ct);
        await sut.ReplaceDocumentAsync("doc-e",
        [
            ContractChunks.Of("doc-e", 0, "<script>alert(1)</script> 推进数字政府建设", title: "网页"),
        ], Ct);
        return sut;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
