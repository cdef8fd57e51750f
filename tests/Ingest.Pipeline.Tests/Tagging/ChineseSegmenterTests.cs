using Ingest.Pipeline.Tagging.Segmentation;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class ChineseSegmenterTests
{
    [Fact]
    public void Segment_Text_CoversEveryCharacterInOrder()
    {
        const string text = "上海市委书记李强强调，要坚持“技术+制度”双轮驱动。\nAI and 5G 应用\n";
        var tokens = ChineseSegmenter.Shared.Segment(text, TestContext.Current.CancellationToken);
        Assert.Equal(0, tokens[0].Start);
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.Equal(tokens[i - 1].End, tokens[i].Start);
        }

        Assert.Equal(text.Length, tokens[^1].End);
        Assert.Contains(tokens, t => text.Substring(t.Start, t.Length) == "李强" && t.Pos.StartsWith("nr", StringComparison.Ordinal));
    }

    [Fact]
    public void Shared_IsOneInstanceLoadedFromTheCopiedResources()
    {
        Assert.Same(ChineseSegmenter.Shared, ChineseSegmenter.Shared);
        Assert.True(ChineseSegmenter.IsLoaded);
        Assert.True(File.Exists(Path.Combine(JiebaResources.DefaultFolder, "dict.txt")), "The build did not copy jieba.NET's dict.txt next to the tests.");
        Assert.True(ChineseSegmenter.Shared.Frequency("数据") > 0);
    }

    [Fact]
    public void Segment_ConcurrentCalls_GiveTheSameWordsAsOneCall()
    {
        var sentences = Enumerable.Range(0, 64).Select(i => $"第{i}届全国人民代表大会在北京召开，国务院总理李克强作政府工作报告，浙江省委书记袁家军出席。").ToList();
        var token = TestContext.Current.CancellationToken;
        var expected = sentences.Select(s => ChineseSegmenter.Shared.Segment(s, token)).ToList();
        var actual = new IReadOnlyList<WordToken>[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = ChineseSegmenter.Shared.Segment(sentences[i], token));
        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
