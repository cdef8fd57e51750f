using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Normalization;

/// <summary>The article the product was specified from: byline, four headings, trailer lines, three garbled spans.</summary>
public sealed class SeedArticleTests
{
    private static readonly NormalizedDocument Document = PipelineFactory.Normalize(Samples.Load(Samples.SeedArticle));

    [Fact]
    public void Normalize_SeedArticle_DetectsTraditionalScript() => Assert.Equal(TextScript.ZhHant, Document.Script);

    [Fact]
    public void Normalize_SeedArticle_ReadsBylineAsAuthor()
    {
        Assert.Equal("珞佳", Document.Author);
        Assert.Equal(BlockKind.Byline, Document.Blocks[0].Kind);
    }

    [Fact]
    public void Normalize_SeedArticle_FindsTheFourSectionHeadings()
    {
        var headings = Document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => Document.Text.Substring(b.Start, b.Length));
        Assert.Equal(["“一把手”統籌推進", "數字化關乎整體性變革", "制度重塑是重中之重", "以場景應用求突破"], headings);
    }

    [Fact]
    public void Normalize_SeedArticle_ReadsEditorAndContributorFromTrailer()
    {
        Assert.Equal("李佳婧", Document.Editor);
        Assert.Equal("江蘇群眾工作研究基地", Document.Contributor);
        Assert.Equal(2, Document.Blocks.Count(b => b.Kind == BlockKind.Trailer));
    }

    [Fact]
    public void Normalize_SeedArticle_DerivesTitleFromFirstSentence()
    {
        Assert.True(Document.TitleIsDerived);
        Assert.StartsWith("數字化無疑是這兩年最受關注的話題之一", Document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_SeedArticle_ReportsThreeGarbledSpansAtTheirOffsets()
    {
        var spans = Document.Quality.MojibakeSpans;
        Assert.Equal(3, spans.Count);
        Assert.All(spans, s => Assert.Equal(s.Text, Document.Text.Substring(s.Start, s.Length)));
        Assert.Contains("。ㄊ校┯蚍秶臄底只D", spans[0].Text, StringComparison.Ordinal);
        Assert.Contains("??梢哉f", spans[1].Text, StringComparison.Ordinal);
        Assert.Contains("笆奈濉币巹", spans[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_SeedArticle_BlocksPointIntoTheText()
    {
        Assert.All(Document.Blocks, b => Assert.InRange(b.End, b.Start + 1, Document.Text.Length));
        Assert.Equal(Document.Blocks.Count - 1, Document.Text.Count(c => c == '\n'));
    }
}
