using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Tagging;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Tagging;

/// <summary>The acceptance figures of the tagging stage on the article the product was specified from.</summary>
public sealed class SeedArticleTaggingTests
{
    private static readonly Lazy<ProcessedDocument> Processed = new(() => PipelineFactory.Processor.Process(Samples.Load(Samples.SeedArticle)));

    private static DocumentTags Tags => Processed.Value.Tags;

    private static List<Entity> Of(EntityType type) => Tags.Entities.Where(e => e.Type == type).ToList();

    [Theory]
    [InlineData("李強", "李强")]
    [InlineData("袁家軍", "袁家军")]
    [InlineData("馬興瑞", "马兴瑞")]
    [InlineData("李佳婧", "李佳婧")]
    public void Tag_SeedArticle_FindsThePeople(string text, string canonical)
    {
        Assert.Contains(Of(EntityType.Person), e => e.Text == text && e.Canonical == canonical);
    }

    [Fact]
    public void Tag_SeedArticle_ReportsNoOtherPersons()
    {
        var persons = Of(EntityType.Person).Select(e => e.Canonical).ToHashSet();
        Assert.Subset(new HashSet<string> { "李强", "袁家军", "马兴瑞", "李佳婧", "珞佳" }, persons);
        Assert.DoesNotContain("强调", persons);
        Assert.DoesNotContain("这两年", persons);
    }

    [Theory]
    [InlineData("上海", "上海")]
    [InlineData("廣東", "广东")]
    [InlineData("浙江", "浙江")]
    public void Tag_SeedArticle_FindsProvincesWithSimplifiedCanonicalForms(string text, string canonical)
    {
        var mentions = Of(EntityType.Place).Where(e => e.Text == text).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, e => Assert.Equal(canonical, e.Canonical));
        Assert.All(mentions, e => Assert.Equal("province", e.Detail));
    }

    [Fact]
    public void Tag_SeedArticle_FoldsAliasesOfOnePlaceToOneCanonicalForm()
    {
        var guangdong = Of(EntityType.Place).Where(e => e.Text.StartsWith("廣東", StringComparison.Ordinal)).ToList();
        Assert.Contains(guangdong, e => e.Text == "廣東省");
        Assert.Equal(["广东"], guangdong.Select(e => e.Canonical).Distinct());
    }

    [Theory]
    [InlineData("城市數字化轉型工作領導小組")]
    [InlineData("廣東加快數字化發展工作領導小組")]
    [InlineData("數字化改革領導小組")]
    [InlineData("省發展改革委")]
    [InlineData("廣東省人民政府")]
    [InlineData("上海市委")]
    [InlineData("浙江省委")]
    [InlineData("江蘇群眾工作研究基地")]
    public void Tag_SeedArticle_FindsOrganizations(string text)
    {
        Assert.Contains(Of(EntityType.Organization), e => e.Text == text);
    }

    [Theory]
    [InlineData("《關于全面推進上海城市數字化轉型的意見》", "关于全面推进上海城市数字化转型的意见")]
    [InlineData("《浙江省數字化改革總體方案》", "浙江省数字化改革总体方案")]
    [InlineData("《求是》", "求是")]
    [InlineData("《廣東省人民政府關于加快數字化發展的意見》", "广东省人民政府关于加快数字化发展的意见")]
    public void Tag_SeedArticle_FindsWorksWithTheirTitleAsCanonicalForm(string text, string canonical)
    {
        Assert.Contains(Of(EntityType.Work), e => e.Text == text && e.Canonical == canonical);
    }

    [Theory]
    [InlineData("十九屆五中全會", "十九届五中全会")]
    [InlineData("兩會", "两会")]
    public void Tag_SeedArticle_FindsEvents(string text, string canonical)
    {
        Assert.Contains(Of(EntityType.Event), e => e.Text.EndsWith(text, StringComparison.Ordinal) && e.Canonical == canonical);
    }

    [Fact]
    public void Tag_SeedArticle_NormalizesDatesAsFarAsTheTextAllows()
    {
        var dates = Of(EntityType.Date);
        Assert.Contains(dates, e => e.Text == "二○三五年" && e.Canonical == "2035");

        // The article carries no publication date, so 今年 cannot be resolved; the day still is.
        Assert.Contains(dates, e => e.Text == "今年2月18日" && e.Canonical == "--02-18" && e.Detail == "relative");
    }

    [Fact]
    public void Tag_SeedArticle_TagsNothingInsideGarbledSpans()
    {
        var spans = Processed.Value.Normalized.Quality.MojibakeSpans;
        Assert.Equal(3, spans.Count);
        Assert.All(Tags.Entities, e => Assert.DoesNotContain(spans, s => e.Start < s.End && e.End > s.Start));
    }

    [Fact]
    public void Tag_SeedArticle_TopThemesAreTheDigitalPolicyThemes()
    {
        var top = Tags.Themes.Select(t => t.Id).ToList();
        Assert.Equal(3, top.Count);
        Assert.Subset(new HashSet<string> { "digital-government", "digital-economy", "institutional-reform", "data-governance" }, top.ToHashSet());
        Assert.Contains("digital-government", top);
        Assert.Contains("institutional-reform", top);
    }

    [Fact]
    public void Tag_SeedArticle_EntityOffsetsPointAtTheirText()
    {
        var text = Processed.Value.Normalized.Text;
        Assert.All(Tags.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }

    [Fact]
    public void Tag_SeedArticle_ChunkTagsHoldTheEntitiesInsideEachChunk()
    {
        var chunks = Processed.Value.Chunks;
        Assert.Equal(chunks.Select(c => c.Id), Tags.Chunks.Select(c => c.ChunkId));
        for (var i = 0; i < chunks.Count; i++)
        {
            Assert.All(Tags.Chunks[i].Entities, e => Assert.InRange(e.Start, chunks[i].Start, chunks[i].End));
        }

        Assert.Contains(Tags.Chunks, c => c.Entities.Any(e => e.Canonical == "马兴瑞") && c.Themes.Count > 0);
    }

    [Fact]
    public void Tag_SeedArticle_KeyPhrasesAreWordsOfTheArticleInItsScript()
    {
        Assert.InRange(Tags.KeyPhrases.Count, 5, 10);
        Assert.Contains("數字化", Tags.KeyPhrases);
        Assert.All(Tags.KeyPhrases, p => Assert.Contains(p, Processed.Value.Normalized.Text, StringComparison.Ordinal));
    }
}
