using Ingest.Pipeline.Chunking;

namespace Ingest.Pipeline.Tests.Chunking;

public sealed class ClauseSplitterTests
{
    [Fact]
    public void Split_SentenceOverBudget_CutsAtClausePunctuationBeforeAnyHardCut()
    {
        var text = new string('甲', 30) + "，" + new string('乙', 30) + "：" + new string('丙', 30) + "。";

        var pieces = Split(text, maxChars: 50);

        Assert.Equal([new string('甲', 30) + "，", new string('乙', 30) + "：", new string('丙', 30) + "。"], pieces.Select(p => text[p.Start..p.End]));
        Assert.Equal([BreakKind.Clause, BreakKind.Clause, BreakKind.Sentence], pieces.Select(p => p.Break));
    }

    [Fact]
    public void Split_NoClauseMarkInReach_CutsAtTheEnumerationComma()
    {
        var text = string.Join("、", Enumerable.Repeat(new string('物', 20), 5)) + "。";

        var pieces = Split(text, maxChars: 50);

        Assert.All(pieces.SkipLast(1), p => Assert.Equal('、', text[p.End - 1]));
        Assert.All(pieces, p => Assert.True(p.Length <= 50));
    }

    [Fact]
    public void Split_NoPunctuationAtAll_CutsHardAtTheLimit()
    {
        var text = new string('字', 120);

        var pieces = Split(text, maxChars: 50);

        Assert.Equal([50, 50, 20], pieces.Select(p => p.Length));
        Assert.Equal([BreakKind.Hard, BreakKind.Hard, BreakKind.Paragraph], pieces.Select(p => p.Break));
    }

    [Fact]
    public void Split_LongLatinSentence_CutsBetweenWords()
    {
        var text = string.Join(" ", Enumerable.Repeat("productivity", 20)) + ".";

        var pieces = Split(text, maxChars: 50);

        Assert.All(pieces.SkipLast(1), p => Assert.Equal(' ', text[p.End - 1]));
        Assert.All(pieces, p => Assert.True(p.Length <= 50));
    }

    [Fact]
    public void Split_NumbersAndAddresses_AreNotClauses()
    {
        var text = "Revenue of 1,000,000 dollars at https://example.com/report was reported" + new string('x', 40);

        var pieces = Split(text, maxChars: 60);

        Assert.DoesNotContain(pieces, p => text[p.End - 1] is ',' or ':');
    }

    [Fact]
    public void Split_CharactersOutsideTheBasicPlane_AreNeverCutInHalf()
    {
        var text = string.Concat(Enumerable.Repeat("𠀀", 60)); // 120 UTF-16 code units, no punctuation

        var pieces = Split(text, maxChars: 51);

        Assert.All(pieces, p => Assert.False(char.IsLowSurrogate(text[p.Start])));
        Assert.Equal(text.Length, pieces.Sum(p => p.Length));
    }

    [Fact]
    public void Split_TokenBudget_KeepsEveryPieceWithinTheTokenBudget()
    {
        var text = new string('數', 400);
        var tokenizer = TokenizerCache.Get(ChunkTokenizer.Cl100kBase)!;
        var sizer = new ChunkSizer(text, 20_000, 32, tokenizer);
        var pieces = new List<Piece>();

        ClauseSplitter.Split(0, text.Length, BreakKind.Paragraph, sizer, pieces);

        Assert.All(pieces, p => Assert.InRange(tokenizer.CountTokens(text[p.Start..p.End]), 1, 32));
        Assert.Equal(text.Length, pieces.Sum(p => p.Length));
    }

    private static List<Piece> Split(string text, int maxChars)
    {
        var pieces = new List<Piece>();
        ClauseSplitter.Split(0, text.Length, text[^1] == '。' ? BreakKind.Sentence : BreakKind.Paragraph, new ChunkSizer(text, maxChars, null, null), pieces);
        return pieces;
    }
}
