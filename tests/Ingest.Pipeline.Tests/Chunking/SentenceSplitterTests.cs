using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;

namespace Ingest.Pipeline.Tests.Chunking;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("他说：“好！”然后走了。下一句。", new[] { "他说：“好！”", "然后走了。", "下一句。" })]
    [InlineData("“好！”，他说。", new[] { "“好！”，他说。" })]
    [InlineData("真的吗？！是的……我知道；你呢？", new[] { "真的吗？！", "是的……", "我知道；", "你呢？" })]
    [InlineData("苹果、香蕉……，都是水果。", new[] { "苹果、香蕉……，都是水果。" })]
    [InlineData("他們說⋯⋯好吧。」然後", new[] { "他們說⋯⋯", "好吧。」", "然後" })]
    [InlineData("（见附件。）下一段", new[] { "（见附件。）", "下一段" })]
    public void Split_ChineseText_EndsAtSentenceMarksAndKeepsClosers(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Mr. Smith went to Washington. He arrived at 10 a.m. on Monday.", new[] { "Mr. Smith went to Washington. ", "He arrived at 10 a.m. on Monday." })]
    [InlineData("J. K. Rowling wrote it. It sold.", new[] { "J. K. Rowling wrote it. ", "It sold." })]
    [InlineData("Growth was 3.5 percent. Visit example.com/a.html today. Done", new[] { "Growth was 3.5 percent. ", "Visit example.com/a.html today. ", "Done" })]
    [InlineData("The U.S. economy grew. Prices rose.", new[] { "The U.S. economy grew. ", "Prices rose." })]
    [InlineData("See No. 5 for details. The answer was no. Then we left.", new[] { "See No. 5 for details. ", "The answer was no. ", "Then we left." })]
    [InlineData("Stop! He said \"Go.\" Then left?", new[] { "Stop! ", "He said \"Go.\" ", "Then left?" })]
    [InlineData("Yahoo! is a company. Wait... what? Yes.", new[] { "Yahoo! is a company. ", "Wait... what? ", "Yes." })]
    [InlineData("1. Introduction of rules. The next.", new[] { "1. Introduction of rules. ", "The next." })]
    [InlineData("See https://example.com/?q=1 for more. Next", new[] { "See https://example.com/?q=1 for more. ", "Next" })]
    public void Split_LatinText_KeepsAbbreviationsInitialsDecimalsAndUrlsWhole(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("他使用了AI.然后离开了。", new[] { "他使用了AI.", "然后离开了。" })]
    [InlineData("1.加强领导。2.完善制度。", new[] { "1.加强领导。", "2.完善制度。" })]
    [InlineData("增长3.5%。The index rose. 随后回落。", new[] { "增长3.5%。", "The index rose. ", "随后回落。" })]
    [InlineData("真的吗?我不信!", new[] { "真的吗?", "我不信!" })]
    [InlineData("第一行\n第二行", new[] { "第一行\n", "第二行" })]
    public void Split_MixedText_EndsWhereEitherScriptEndsASentence(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Join_BoundaryInsideGarbledSpan_JoinsTheSentences()
    {
        const string text = "人才、平臺在數字化發展中缺一不可??梢哉f,數字化發展很重要。下一句。";
        var sentences = SentenceSplitter.Split(text, 0, text.Length);
        var garbled = text.IndexOf("??", StringComparison.Ordinal);
        Assert.Equal(3, sentences.Count);

        GarbleGuard.Join(sentences, [new MojibakeSpan(garbled, 6, text.Substring(garbled, 6), 0.9, "test")]);

        Assert.Equal(["人才、平臺在數字化發展中缺一不可??梢哉f,數字化發展很重要。", "下一句。"], sentences.Select(s => text[s.Start..s.End]));
    }

    [Property(MaxTest = 500)]
    public Property Split_AnyText_CoversEveryCharacterWithNonEmptySentences() =>
        Prop.ForAll(Arb.From(TrickyText()), text =>
        {
            var sentences = SentenceSplitter.Split(text, 0, text.Length);
            var position = 0;
            foreach (var sentence in sentences)
            {
                if (sentence.Start != position || sentence.End <= sentence.Start) return false;
                position = sentence.End;
            }

            return position == text.Length;
        });

    private static Gen<string> TrickyText() =>
        Gen.ArrayOf(Gen.Elements("中。！？；…⋯，、：”」）\"'.!?aAz1 .\nMr".ToCharArray())).Select(chars => new string(chars));

    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToList();
}
