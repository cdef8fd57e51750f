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
    public void Normalize_SeedArticle_SpansAreKeptOutOfEntityTagging()
    {
        var spans = Document.Quality.MojibakeSpans;

        Assert.All(spans, s => Assert.True(Document.Quality.IsGarbled(s.Start, s.End)));
        Assert.All(spans, s => Assert.InRange(s.Confidence, 0.8, 1.0));
        Assert.False(Document.Quality.IsGarbled(0, 2)); // the byline
    }

    [Fact]
    public void Normalize_SeedArticle_SuggestsARepairForEachSpanWithoutChangingTheText()
    {
        var repairs = Document.Quality.Repairs;

        Assert.Equal(3, repairs.Count);
        Assert.All(repairs, r => Assert.StartsWith("gbk-reencode-shift", r.Method, StringComparison.Ordinal));
        // Repairs are reported, never applied: each one points at the garbled text as it stands.
        Assert.All(repairs, r => Assert.Equal(r.Original, Document.Text.Substring(r.Start, r.Length)));
        Assert.Equal(Document.Quality.MojibakeSpans.Select(s => s.Start), repairs.Select(r => r.Start));
    }

    [Fact]
    public void Normalize_SeedArticle_RecoversTheProvinceCityPhraseFromTheFirstSpan()
    {
        // 省（市）域範圍的數字化轉型 was GBK-encoded and decoded one byte out of step; the lead byte
        // of 省 and two codes the garbling dropped are lost, the rest re-decodes.
        var repair = Document.Quality.Repairs[0];

        Assert.Contains("（市）域范", repair.Replacement, StringComparison.Ordinal);
        Assert.Contains("數字", repair.Replacement, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', repair.Replacement);
    }

    [Fact]
    public void Normalize_SeedArticle_RecoversTheSecondSpanCompletely() =>
        Assert.Equal("。可以說", Document.Quality.Repairs[1].Replacement);

    [Fact]
    public void Normalize_SeedArticle_RecoversShanghaiAndThePlanFromTheThirdSpan()
    {
        // 上海“十四五”規劃提出的戰略目標。2020: 海's lost lead byte is guessed from 上海 elsewhere
        // in the article, ！ was folded to ASCII, and 十四 are lost (the garbling dropped a code).
        var repair = Document.Quality.Repairs[2];

        Assert.StartsWith("海“", repair.Replacement, StringComparison.Ordinal);
        Assert.Contains("五”規劃提出的戰略目標。", repair.Replacement, StringComparison.Ordinal);
        Assert.Contains("guess-lost-byte", repair.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_SeedArticle_BlocksPointIntoTheText()
    {
        Assert.All(Document.Blocks, b => Assert.InRange(b.End, b.Start + 1, Document.Text.Length));
        Assert.Equal(Document.Blocks.Count - 1, Document.Text.Count(c => c == '\n'));
    }
}
