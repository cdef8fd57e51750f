using Ingest.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;

namespace Ingest.Lucene.Tests.Analysis;

public sealed class FoldingAnalyzerTests
{
    [Fact]
    public void ForIndexing_TraditionalText_EmitsFoldedUnigramsAndBigramsWithOriginalOffsets()
    {
        using var sut = FoldingAnalyzer.ForIndexing();

        var tokens = Tokens(sut, "數字化");

        Assert.Equal([("数", 0, 1), ("数字", 0, 2), ("字", 1, 2), ("字化", 1, 3), ("化", 2, 3)], tokens);
    }

    [Fact]
    public void ForQuery_HanRun_EmitsBigramsOnly()
    {
        using var sut = FoldingAnalyzer.ForQuery();

        Assert.Equal(["数字", "字化", "化转", "转型"], Tokens(sut, "數字化轉型").Select(t => t.Term));
    }

    [Fact]
    public void ForQuery_SingleHanCharacter_EmitsTheCharacter()
    {
        using var sut = FoldingAnalyzer.ForQuery();

        Assert.Equal(["绿"], Tokens(sut, "綠").Select(t => t.Term));
    }

    [Theory]
    [InlineData("Ｇｏｏｇｌｅ", "googl")]
    [InlineData("Regulations", "regul")]
    [InlineData("China's", "china")]
    [InlineData("ÉCOLE", "école")]
    public void ForQuery_LatinWord_IsFoldedLowerCasedAndStemmed(string text, string expected)
    {
        using var sut = FoldingAnalyzer.ForQuery();

        Assert.Equal([expected], Tokens(sut, text).Select(t => t.Term));
    }

    private static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
