using System.Text;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Extraction;

public sealed class HtmlExtractorTests
{
    static HtmlExtractorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Extract_GbkPageWithMetaCharset_DecodesWithTheDeclaredCharset()
    {
        const string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>数字经济 | 新闻网</title></head><body><p>数字经济发展迅速，各地出台支持政策。</p></body></html>";
        var document = Normalize(Encoding.GetEncoding("gb18030").GetBytes(html));

        Assert.Equal("gb18030", document.Encoding?.Name);
        Assert.Equal("数字经济", document.Title);
        Assert.Equal(TextScript.ZhHans, document.Script);
    }

    [Fact]
    public void Extract_LineBreaksInSourceBetweenChineseCharacters_AreLayout()
    {
        var document = Normalize(Encoding.UTF8.GetBytes("<html><body><h1>標題 兩段</h1><p>這是一段\n    被編輯器換行的文字。English words\n stay apart.</p></body></html>"));

        Assert.Equal("標題 兩段", document.Title);
        Assert.Equal("這是一段被編輯器換行的文字。English words stay apart.", document.Text.Substring(document.Paragraphs.First().Start, document.Paragraphs.First().Length));
    }

    [Fact]
    public void Extract_DivWithBreaks_GivesOneParagraphPerLine()
    {
        var document = Normalize(Encoding.UTF8.GetBytes("<html><body><div>第一行文字。<br>第二行<b>文字</b>。<br/>第三行。</div></body></html>"));

        Assert.Equal(["第一行文字。", "第二行文字。", "第三行。"], document.Paragraphs.Select(b => document.Text.Substring(b.Start, b.Length)));
    }

    private static NormalizedDocument Normalize(byte[] html) =>
        PipelineFactory.Normalize(new SourceDocument { Path = "page.html", Content = html });
}
