using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Normalization;

public sealed class StructureTests
{
    [Fact]
    public void Normalize_ScrapedPage_DropsRepeatedTitleAndScriptAndReadsTheDateline()
    {
        const string text = """
            马蜂窝转身、蝉游记下线 旅游UGC洗牌完毕？
            马蜂窝转身、蝉游记下线 旅游UGC洗牌完毕？
            来源：IT时报
            记者：丁晓东
            由于业务调整，蝉游记网站及手机App将于2018年10月31日下线，许多用户开始备份自己的游记。
            走到尽头的蝉游记
            2014年并入携程后，蝉游记虽然一直保持正常运营，但携程似乎并没有对此投入太多的精力。
            (function(){
            var adScript = document.createElement('script');
            document.getElementsByTagName('head')[0].appendChild(adScript);
            })();
            """;

        var document = PipelineFactory.Normalize(Samples.FromText("sina.txt", text));

        Assert.Equal("马蜂窝转身、蝉游记下线 旅游UGC洗牌完毕？", document.Title);
        Assert.Equal("丁晓东", document.Author);
        Assert.Equal("IT时报", document.Source);
        Assert.DoesNotContain("adScript", document.Text, StringComparison.Ordinal);
        Assert.Equal(1, CountOccurrences(document.Text, "马蜂窝转身"));
        Assert.Equal(["走到尽头的蝉游记"], Headings(document));
        Assert.Equal(2, document.Quality.Warnings.Count);
    }

    [Fact]
    public void Normalize_EmbeddedWidgetCode_IsDropped()
    {
        const string text = "神吐槽：库里儿子4个月能投3分\n吐槽不停，欢乐不止，新浪NBA神吐槽栏目继续登场！\nSinaPage.loadWidget({\ntrigger: {\nid: 'wb01'\n},\n});\n网友甲：伊巴卡暂时领先湖人3分，比赛还要看最后五分钟。";

        var document = PipelineFactory.Normalize(Samples.FromText("widget.txt", text));

        Assert.DoesNotContain("loadWidget", document.Text, StringComparison.Ordinal);
        Assert.Contains("网友甲", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_BracketCreditInLead_ReadsSourceAndAuthor()
    {
        var document = PipelineFactory.Normalize(Samples.FromText("credit.txt", "台積電一日完成填息\n【財訊快報／江文勝】美國聯準會如市場預期升息2碼，但暗示明年將有更多次升息。"));

        Assert.Equal("江文勝", document.Author);
        Assert.Equal("財訊快報", document.Source);
    }

    [Fact]
    public void Normalize_TrailerLines_ReadSourceEditorAndDate()
    {
        var document = PipelineFactory.Normalize(Samples.FromText("trailer.txt", "标题在这里\n正文第一段，内容比标题长得多，说明了事情的来龙去脉。\n（来源：人民日报）\n【责任编辑：王五】\n2021年6月1日"));

        Assert.Equal("人民日报", document.Source);
        Assert.Equal("王五", document.Editor);
        Assert.Equal(new DateOnly(2021, 6, 1), document.PublishedAt);
        Assert.Equal(3, document.Blocks.Count(b => b.Kind == BlockKind.Trailer));
    }

    [Fact]
    public void Normalize_EnglishDatelineInLead_ReadsThePublicationDate()
    {
        var document = PipelineFactory.Normalize(Samples.Load("106_ai_productivity_en.txt"));

        Assert.Equal(new DateOnly(2023, 11, 7), document.PublishedAt);
        Assert.Equal("Helen Zhou", document.Author);
    }

    [Fact]
    public void Normalize_MarkdownOpeningWithSubheading_TakesItAsTitle()
    {
        var document = PipelineFactory.Normalize(Samples.FromText("notes.md", "## 会议纪要\n\n会议讨论了数字政府建设的下一步安排。\n\n## 后续工作\n\n各部门按分工推进。"));

        Assert.Equal("会议纪要", document.Title);
        Assert.False(document.TitleIsDerived);
        Assert.Equal(["后续工作"], Headings(document));
    }

    [Fact]
    public void Normalize_NoTitleAnywhere_DerivesItAndSaysSo()
    {
        var document = PipelineFactory.Normalize(Samples.FromText("untitled.md", "数字化转型是各地政府的重点工作，各地纷纷出台方案。\n\n第二段继续讨论。"));

        Assert.True(document.TitleIsDerived);
        Assert.Equal("数字化转型是各地政府的重点工作", document.Title);
    }

    [Fact]
    public void Normalize_SidecarOverrides_WinOverWhatIsInferred()
    {
        var source = Samples.FromText("override.txt", "推断出的标题\n正文第一段，内容比标题长得多，说明了事情的来龙去脉。") with
        {
            Overrides = new DocumentMetadata { Title = "编辑给定的标题", Author = "编辑部", Language = "zh-Hant" },
        };

        var document = PipelineFactory.Normalize(source);

        Assert.Equal("编辑给定的标题", document.Title);
        Assert.Equal("编辑部", document.Author);
        Assert.Equal(TextScript.ZhHant, document.Script);
    }

    [Theory]
    [InlineData("这是一篇简体中文的文章，讨论数字经济与政府治理的关系。", TextScript.ZhHans)]
    [InlineData("這是一篇繁體中文的文章，討論數位經濟與政府治理的關係。", TextScript.ZhHant)]
    [InlineData("This is an English article about the digital economy and governance.", TextScript.English)]
    [InlineData("數位經濟 digital economy and governance in the region are discussed in depth here by many experts", TextScript.Mixed)]
    public void Normalize_CharacterStatistics_DecideLanguageAndScript(string text, TextScript expected) =>
        Assert.Equal(expected, PipelineFactory.Normalize(Samples.FromText("script.txt", "Title\n" + text)).Script);

    private static List<string> Headings(NormalizedDocument document) =>
        document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => document.Text.Substring(b.Start, b.Length)).ToList();

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
