using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Normalization;

public sealed class ParagraphJoinerTests
{
    private const string Wrapped = """
        BAHIA COCOA REVIEW
        Showers continued throughout the week in
        the Bahia cocoa zone, alleviating the drought since early
        January and improving prospects for the coming temporao,
        although normal humidity levels have not been restored,
        Comissaria Smith said in its weekly review.
        The dry period means the temporao will be late this year.
        Arrivals for the week ended February 22 were 155,221 bags
        of 60 kilos making a cumulative total for the season of 5.93
        mln against 5.81 at the same stage last year.
        """;

    [Fact]
    public void Normalize_HardWrappedText_JoinsLinesIntoParagraphs()
    {
        var document = PipelineFactory.Normalize(Samples.FromText("wire.txt", Wrapped));
        var paragraphs = document.Paragraphs.Select(b => document.Text.Substring(b.Start, b.Length)).ToList();

        Assert.Equal("BAHIA COCOA REVIEW", document.Title);
        // A paragraph whose last line happens to fill the width runs on into the next: wrapped text does not say.
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored, Comissaria Smith said in its weekly review.", paragraphs[0]);
        Assert.EndsWith("Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage last year.", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_BlankLineBetweenWrappedParagraphs_KeepsThemApart()
    {
        const string text = "标题\n\n这是第一段的第一行，文字排版时在固定宽度处换行了，\n这是第一段的第二行，仍然属于同一个段落的内容啊。\n\n这是第二段的第一行，文字排版时在固定宽度处换行了，\n这是第二段的第二行，仍然属于同一个段落的内容啊。\n";

        var document = PipelineFactory.Normalize(Samples.FromText("wrapped.txt", text));

        Assert.Equal(2, document.Paragraphs.Count());
        Assert.All(document.Paragraphs, p => Assert.EndsWith("内容啊。", document.Text.Substring(p.Start, p.Length), StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_OneParagraphPerLine_IsLeftAlone()
    {
        var document = PipelineFactory.Normalize(Samples.Load("101_digital_government_zh-Hans.txt"));

        Assert.Equal(File.ReadAllLines(Path.Combine(Samples.Folder, "101_digital_government_zh-Hans.txt")).Count(l => l.Trim().Length > 0), document.Blocks.Count);
    }
}
