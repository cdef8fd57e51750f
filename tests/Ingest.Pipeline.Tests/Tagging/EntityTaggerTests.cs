using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class EntityTaggerTests
{
    private static readonly EntityTagger Tagger = new(Pipeline.Tagging.Gazetteer.Gazetteer.Default);

    private static IReadOnlyList<Entity> Tag(string text, DateOnly? publishedAt = null, QualityReport? quality = null) =>
        Tagger.Tag(text, ScriptFolder.Fold(text), quality ?? QualityReport.Clean, publishedAt, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("广东省长马兴瑞今年初在《求是》刊文。", "马兴瑞")]
    [InlineData("上海市委书记李强强调，要坚持双轮驱动。", "李强")]
    [InlineData("國務院總理溫家寶在北京會見了來訪的客人。", "温家宝")]
    [InlineData("外交部发言人华春莹表示，中方欢迎。", "华春莹")]
    public void Tag_NameAfterTitle_IsPerson(string text, string canonical)
    {
        Assert.Contains(Tag(text), e => e.Type == EntityType.Person && e.Canonical == canonical);
    }

    [Theory]
    [InlineData("他强调这两年的数字化成效明显。")]
    [InlineData("总统和夫人出席了晚宴。")]
    [InlineData("阳光明媚，智慧城市建设令人瞩目。")]
    public void Tag_EverydayWords_AreNoPersons(string text)
    {
        Assert.DoesNotContain(Tag(text), e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Tag_TraditionalAndSimplifiedText_GiveTheSameCanonicalForms()
    {
        var traditional = Tag("廣東省人民政府與臺灣的合作").Select(e => (e.Type, e.Canonical));
        var simplified = Tag("广东省人民政府与台湾的合作").Select(e => (e.Type, e.Canonical));
        Assert.Equal(simplified, traditional);
        Assert.Contains((EntityType.Place, "台湾"), simplified);
    }

    [Fact]
    public void Tag_PlaceInsideOrganization_IsReportedAsPlaceToo()
    {
        var entities = Tag("浙江省委召开会议。");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Text == "浙江省委");
        Assert.Contains(entities, e => e.Type == EntityType.Place && e.Canonical == "浙江");
    }

    [Fact]
    public void Tag_CountryPair_IsTwoPlacesWithFullNames()
    {
        var places = Tag("中美关系保持稳定。").Where(e => e.Type == EntityType.Place).ToList();
        Assert.Equal(["中国", "美国"], places.Select(e => e.Canonical));
        Assert.Equal(["中", "美"], places.Select(e => e.Text));
    }

    [Fact]
    public void Tag_EnglishPlaceName_SharesTheChineseCanonicalForm()
    {
        var places = Tag("Factories in Guangdong and Shanghai bet on AI.").Where(e => e.Type == EntityType.Place).ToList();
        Assert.Equal(["广东", "上海"], places.Select(e => e.Canonical));
        Assert.Equal(["Guangdong", "Shanghai"], places.Select(e => e.Text));
    }

    [Fact]
    public void Tag_ForeignPlaceTaggedAsNameByTheDictionary_IsPlace()
    {
        var entities = Tag("代表团抵达莫斯科。");
        Assert.Contains(entities, e => e.Type == EntityType.Place && e.Canonical == "莫斯科" && e.Detail == "city");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("联合国安理会通过决议。", "联合国安理会")]
    [InlineData("中国科学院发布报告。", "中国科学院")]
    [InlineData("东盟国家领导人出席。", "东盟")]
    [InlineData("省发展改革委牵头推动。", "省发展改革委")]
    public void Tag_Organization_IsFound(string text, string organization)
    {
        Assert.Contains(Tag(text), e => e.Type == EntityType.Organization && e.Text == organization);
    }

    [Theory]
    [InlineData("今年2月18日召开大会。", 2021, "2021-02-18")]
    [InlineData("去年5月发布方案。", 2021, "2020-05")]
    [InlineData("2020年底召开第一次会议。", null, "2020")]
    [InlineData("到二〇三五年基本实现。", null, "2035")]
    [InlineData("5月13日印发意见。", 2021, "2021-05-13")]
    [InlineData("发布日期 2021-05-13 。", null, "2021-05-13")]
    public void Tag_DateExpression_IsNormalizedToIso8601(string text, int? year, string canonical)
    {
        DateOnly? anchor = year is { } y ? new DateOnly(y, 6, 1) : null;
        Assert.Contains(Tag(text, anchor), e => e.Type == EntityType.Date && e.Canonical == canonical);
    }

    [Fact]
    public void Tag_BareRelativeYearWithoutPublicationDate_IsNoDate()
    {
        Assert.DoesNotContain(Tag("今年以来，各地推进改革。"), e => e.Type == EntityType.Date);
    }

    [Theory]
    [InlineData("党的十九届五中全会审议通过建议。", "十九届五中全会")]
    [InlineData("在全国两会期间接受采访。", "两会")]
    [InlineData("第十三届全国人民代表大会第四次会议开幕。", "第十三届全国人民代表大会第四次会议")]
    public void Tag_Meeting_IsEvent(string text, string canonical)
    {
        Assert.Contains(Tag(text), e => e.Type == EntityType.Event && e.Canonical == canonical);
    }

    [Fact]
    public void Tag_TitlesInAngleBrackets_AreWorks()
    {
        var works = Tag("他在〈人民日报〉和《求是》发表文章。").Where(e => e.Type == EntityType.Work).ToList();
        Assert.Equal(["人民日报", "求是"], works.Select(e => e.Canonical));
    }

    [Fact]
    public void Tag_TextInGarbledSpan_IsNeverTagged()
    {
        const string text = "上海市委书记李强强调改革。";
        var quality = new QualityReport { MojibakeSpans = [new MojibakeSpan(0, 6, text[..6], 0.9, "test")] };
        var entities = Tag(text, quality: quality);
        Assert.DoesNotContain(entities, e => e.Start < 6);
        Assert.NotEmpty(entities);
    }

    [Fact]
    public void Tag_FoldedTextOfAnotherLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Tagger.Tag("上海", "上", QualityReport.Clean, null, TestContext.Current.CancellationToken));
    }
}
