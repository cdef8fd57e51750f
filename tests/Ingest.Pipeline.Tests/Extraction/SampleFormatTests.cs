using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Extraction.SampleGenerators;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Extraction;

/// <summary>
/// Every sample in samples/articles, one per format and encoding, reads as samples/README.md
/// describes it: format, encoding, script, title, section headings and the start of the first paragraph.
/// </summary>
public sealed class SampleFormatTests
{
    public static TheoryData<string, DocumentFormat, string?, TextScript, string, string[], string> Cases => new()
    {
        { "101_digital_government_zh-Hans.txt", DocumentFormat.PlainText, "utf-8", TextScript.ZhHans, "浙江召开数字政府建设推进会 政务服务“一网通办”率超过九成", ["政务服务提质增效", "数据共享打破壁垒", "基层治理数字赋能", "安全底线不能放松"], "2023年3月15日，浙江省数字政府建设推进会在杭州召开。" },
        { "102_data_market_gb18030.txt", DocumentFormat.PlainText, "gb18030", TextScript.ZhHans, "数据要素市场建设驶入快车道 深圳探索数据交易“规则先行”", ["制度框架逐步成形", "交易规模持续扩大", "难点仍待破解"], "2023年6月8日，第二届数据要素市场发展论坛在深圳前海开幕。" },
        { "103_semiconductor_big5.txt", DocumentFormat.PlainText, "big5", TextScript.ZhHant, "先進製程需求強勁 新竹科學園區半導體營業額再創新高", ["產業動能轉向人工智慧", "人才與水電成為關鍵", "數位轉型與供應鏈韌性"], "國家科學及技術委員會於2024年1月18日公布去年科學園區營運成果" },
        { "104_green_transition.md", DocumentFormat.Markdown, "utf-8", TextScript.ZhHans, "成都绿色低碳转型按下“加速键” 清洁能源装机占比突破八成", ["清洁能源占比持续提升", "公园城市里的减污降碳", "企业与市民共同参与"], "2023年9月12日，四川省生态环境厅在成都召开全省减污降碳协同增效工作现场会。" },
        { "105_smart_education.html", DocumentFormat.Html, "utf-8", TextScript.ZhHant, "智慧教育走進偏鄉課堂 臺中山區小學用平板上雙語課", ["數位學習精進方案全面上路", "人工智慧助教進入課堂", "縮小城鄉差距仍需長期投入"], "清晨七點半，臺中市和平區的山間霧氣還沒散去" },
        { "106_ai_productivity_en.txt", DocumentFormat.PlainText, "utf-8", TextScript.English, "Factories in Guangdong Bet on AI to Lift Productivity as Export Orders Slow", ["From pilots to the factory floor", "Shanghai's services sector follows", "Rules and risks"], "SHENZHEN, November 7, 2023 - Manufacturers across southern China" },
        { "107_script_injection_zh-Hant.txt", DocumentFormat.PlainText, "utf-8", TextScript.ZhHant, "網站輸入未過濾釀資安漏洞 專家提醒跨站腳本攻擊不可輕忽", ["常見攻擊手法", "防護要從開發做起"], "國家資通安全研究院於2024年3月6日發布季度資安威脅報告指出" },
        { SampleArticles.DocxFile, DocumentFormat.Docx, null, TextScript.ZhHans, SampleArticles.Docx.Title, [.. SampleArticles.Docx.Headings], SampleArticles.Docx.FirstParagraph },
        { SampleArticles.PdfFile, DocumentFormat.Pdf, null, TextScript.ZhHans, SampleArticles.Pdf.Title, [.. SampleArticles.Pdf.Headings], SampleArticles.Pdf.FirstParagraph },
        { SampleArticles.JsonFile, DocumentFormat.Json, "utf-8", TextScript.ZhHant, SampleArticles.Json.Title, [.. SampleArticles.Json.Headings], SampleArticles.Json.FirstParagraph },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inspect_Sample_ReadsFormatTitleHeadingsAndFirstParagraph(string file, DocumentFormat format, string? encoding, TextScript script, string title, string[] headings, string firstParagraph)
    {
        var document = PipelineFactory.Normalize(Samples.Load(file));

        Assert.Equal(format, document.Format);
        Assert.Equal(encoding, document.Encoding?.Name);
        Assert.Equal(script, document.Script);
        Assert.Equal(title, document.Title);
        Assert.False(document.TitleIsDerived);
        Assert.Equal(headings, document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => document.Text.Substring(b.Start, b.Length)));
        var first = document.Paragraphs.First();
        Assert.StartsWith(firstParagraph, document.Text.Substring(first.Start, first.Length), StringComparison.Ordinal);
        Assert.Empty(document.Quality.MojibakeSpans);
    }

    [Theory]
    [InlineData(SampleArticles.DocxFile)]
    [InlineData(SampleArticles.PdfFile)]
    [InlineData(SampleArticles.JsonFile)]
    public void Inspect_GeneratedSample_KeepsEveryParagraphWhole(string file)
    {
        var article = file == SampleArticles.DocxFile ? SampleArticles.Docx : file == SampleArticles.PdfFile ? SampleArticles.Pdf : SampleArticles.Json;
        var document = PipelineFactory.Normalize(Samples.Load(file));

        // PDF has no spaces between Chinese words, so the comparison ignores them there.
        string Plain(string s) => file == SampleArticles.PdfFile ? s.Replace(" ", string.Empty, StringComparison.Ordinal) : s;
        var paragraphs = document.Paragraphs.Select(b => Plain(document.Text.Substring(b.Start, b.Length))).ToList();
        Assert.Equal(article.Sections.SelectMany(s => s.Paragraphs).Select(Plain), paragraphs);
        Assert.Equal(article.Author, document.Author);
        Assert.Equal(article.PublishedAt, document.PublishedAt);
    }

    [Fact]
    public void Inspect_PdfSample_DropsRunningHeadAndPageNumbers()
    {
        var document = PipelineFactory.Normalize(Samples.Load(SampleArticles.PdfFile));

        Assert.DoesNotContain(SampleArticles.Pdf.Source, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 2 -", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_HtmlSample_DropsScriptsStylesAndPageFurniture()
    {
        var document = PipelineFactory.Normalize(Samples.Load("105_smart_education.html"));

        Assert.DoesNotContain("不應出現在擷取結果中", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("訂閱電子報", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("贊助廣告", document.Text, StringComparison.Ordinal);
        Assert.Contains("STEAM & AI", document.Text, StringComparison.Ordinal);
        Assert.Equal("蔡宜蓁", document.Author);
        Assert.Equal(new DateOnly(2024, 5, 20), document.PublishedAt);
    }

    [Fact]
    public void Inspect_PlainTextWithMarkup_KeepsTheMarkupAsText()
    {
        var document = PipelineFactory.Normalize(Samples.Load("107_script_injection_zh-Hant.txt"));

        Assert.Contains("<script>alert(1)</script>", document.Text, StringComparison.Ordinal);
        Assert.Contains("<b>粗體</b>", document.Text, StringComparison.Ordinal);
    }
}
