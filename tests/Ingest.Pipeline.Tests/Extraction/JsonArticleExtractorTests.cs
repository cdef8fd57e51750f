using System.Text;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Extraction;

public sealed class JsonArticleExtractorTests
{
    [Fact]
    public void Extract_BodyString_ReadsLinesLikePlainText()
    {
        var document = Normalize("""{ "headline": "數字政府新進展", "authors": ["王小明", "李大華"], "date": "2024-03-05", "publisher": "政務週報", "content": "第一段文字，介紹背景。\n新的做法\n第二段文字比標題長得多，說明新的做法如何推動。" }""");

        Assert.Equal("數字政府新進展", document.Title);
        Assert.Equal("王小明、李大華", document.Author);
        Assert.Equal(new DateOnly(2024, 3, 5), document.PublishedAt);
        Assert.Equal("政務週報", document.Source);
        Assert.Equal(["新的做法"], document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => document.Text.Substring(b.Start, b.Length)));
    }

    [Fact]
    public void Extract_HtmlField_IsReadAsHtml()
    {
        var document = Normalize("""{ "title": "智慧城市", "html": "<h2>背景</h2><p>第一段。</p><script>track()</script><p>第二段。</p>" }""");

        Assert.Equal("智慧城市", document.Title);
        Assert.DoesNotContain("track", document.Text, StringComparison.Ordinal);
        Assert.Equal(["第一段。", "第二段。"], document.Paragraphs.Select(b => document.Text.Substring(b.Start, b.Length)));
    }

    [Fact]
    public void Extract_WrappedInArticleProperty_IsAccepted()
    {
        var document = Normalize("""{ "article": { "title": "English article", "body": ["First paragraph of the story.", "Second paragraph."] } }""");

        Assert.Equal("English article", document.Title);
        Assert.Equal(TextScript.English, document.Script);
        Assert.Equal(2, document.Paragraphs.Count());
    }

    private static NormalizedDocument Normalize(string json) =>
        PipelineFactory.Normalize(new SourceDocument { Path = "article.json", Content = Encoding.UTF8.GetBytes(json) });
}
