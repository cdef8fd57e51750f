using System.Text;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tests.Normalization;

public sealed class MojibakeTests
{
    private const string Before = "各地政府高度重视数字化发展，今年以来，一些地区围绕";
    private const string After = "发展进行了全面布局，本文重点观察上海、广东、浙江的数字化发展进程，以及各地省市推动数字化转型的做法。";

    static MojibakeTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Normalize_GbkDecodedOneByteOutOfStep_IsDetectedAndRepaired()
    {
        var document = Normalize(Before + Garble("省（市）域范围的数字化转型", traditional: false) + After);

        var span = Assert.Single(document.Quality.MojibakeSpans);
        var repair = Assert.Single(document.Quality.Repairs);
        Assert.Equal(span.Start, repair.Start);
        Assert.Contains("（市）域范围的", repair.Replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_GarbledTextLaterConvertedToTraditional_IsFoldedBackBeforeRepair()
    {
        // Garbled 规划提出的战略目标 holds 币, 龅, 阅, which conversion to Traditional turns into 幣, 齙, 閱.
        var document = Normalize("全面推动城市数字化转型是上" + Garble("海“十四五”规划提出的战略目标。", traditional: true) + "2020年底，上海召开领导小组会议，部署数字化转型，上海各区随后跟进。");

        var repair = Assert.Single(document.Quality.Repairs);
        Assert.StartsWith("海“", repair.Replacement, StringComparison.Ordinal);
        Assert.Contains("规", repair.Replacement, StringComparison.Ordinal);
        Assert.Contains("fold-simplified", repair.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_RepairedSpan_LeavesTheTextAsItWas()
    {
        var text = Before + Garble("省（市）域范围的数字化转型", traditional: false) + After;

        var document = Normalize(text);

        Assert.Equal(text, document.Text);
    }

    [Theory]
    [InlineData("他用注音寫下「ㄍㄧㄥ」這個字，意思是硬撐，年輕人常用。")]
    [InlineData("小朋友從ㄅㄆㄇㄈ開始學習注音符號，再慢慢認識國字。")]
    [InlineData("報告指出，2023年營收達到新臺幣1兆3,200億元，年增12.5%。")]
    [InlineData("What does the Chinese word 數字化 mean? It means digitalization.")]
    public void Detect_CleanText_FindsNoSpans(string text) => Assert.Empty(MojibakeDetector.Detect(text));

    [Fact]
    public void Detect_ReplacementCharacters_AreReportedButNotRepaired()
    {
        var document = Normalize("這是一段文字，其中有\uFFFD\uFFFD\uFFFD亂碼，後面的文字仍然正常。" + After);

        var span = Assert.Single(document.Quality.MojibakeSpans);
        Assert.Equal("replacement-char", span.Evidence);
        Assert.Empty(document.Quality.Repairs);
    }

    /// <summary>GBK bytes of <paramref name="original"/> decoded from the second byte on; optionally converted to Traditional afterwards.</summary>
    private static string Garble(string original, bool traditional)
    {
        var gbk = Encoding.GetEncoding(936);
        var bytes = gbk.GetBytes(original);
        var garbled = gbk.GetString(bytes, 1, bytes.Length - 1).Replace("\uFFFD", "?", StringComparison.Ordinal).Replace('\u00ff', '?');
        garbled = string.Concat(garbled.Where(c => c is not (>= '\uE000' and <= '\uF8FF')));
        return "?" + (traditional ? ScriptFolder.ToTraditional(garbled) : garbled);
    }

    private static NormalizedDocument Normalize(string text) => PipelineFactory.Normalize(Samples.FromText("garbled.txt", text));
}
