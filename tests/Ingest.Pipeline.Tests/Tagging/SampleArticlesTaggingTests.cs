using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Tagging;

/// <summary>The people, places and themes samples/README.md names for the other sample articles.</summary>
public sealed class SampleArticlesTaggingTests
{
    private static IReadOnlyList<Entity> Entities(string sample) => PipelineFactory.Processor.Process(Samples.Load(sample), TestContext.Current.CancellationToken).Tags.Entities;

    [Theory]
    [InlineData("101_digital_government_zh-Hans.txt", "digital-government")]
    [InlineData("102_data_market_gb18030.txt", "data-governance")]
    [InlineData("103_semiconductor_big5.txt", "technology")]
    [InlineData("104_green_transition.md", "environment")]
    [InlineData("105_smart_education.html", "education")]
    [InlineData("106_ai_productivity_en.txt", "technology")]
    public void Tag_Sample_HasItsThemeAmongTheTopThemes(string sample, string theme)
    {
        var themes = PipelineFactory.Processor.Process(Samples.Load(sample), TestContext.Current.CancellationToken).Tags.Themes;
        Assert.Contains(theme, themes.Select(t => t.Id));
    }

    [Theory]
    [InlineData("101_digital_government_zh-Hans.txt", "王景澄")]
    [InlineData("101_digital_government_zh-Hans.txt", "陈书远")]
    [InlineData("103_semiconductor_big5.txt", "林佩君")]
    [InlineData("105_smart_education.html", "钟明德")]
    public void Tag_Sample_FindsTitledPeople(string sample, string canonical)
    {
        Assert.Contains(Entities(sample), e => e.Type == EntityType.Person && e.Canonical == canonical);
    }

    [Theory]
    [InlineData("101_digital_government_zh-Hans.txt", "浙江")]
    [InlineData("101_digital_government_zh-Hans.txt", "杭州")]
    [InlineData("103_semiconductor_big5.txt", "新竹")]
    [InlineData("103_semiconductor_big5.txt", "台北")]
    [InlineData("103_semiconductor_big5.txt", "高雄")]
    [InlineData("104_green_transition.md", "成都")]
    [InlineData("105_smart_education.html", "台中")]
    [InlineData("106_ai_productivity_en.txt", "广东")]
    [InlineData("106_ai_productivity_en.txt", "上海")]
    [InlineData("106_ai_productivity_en.txt", "布鲁塞尔")]
    public void Tag_Sample_FindsPlacesUnderTheirCanonicalForm(string sample, string canonical)
    {
        Assert.Contains(Entities(sample), e => e.Type == EntityType.Place && e.Canonical == canonical);
    }
}
