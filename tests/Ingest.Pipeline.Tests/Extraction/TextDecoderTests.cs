using System.Text;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.Tests.Extraction;

public sealed class TextDecoderTests
{
    private const string Chinese = "數字化轉型是這兩年最受關注的話題之一，各地紛紛把數字化作為發展重點。";
    private const string Simplified = "数字化转型是这两年最受关注的话题之一，各地纷纷把数字化作为发展重点，推动政府治理和公共服务创新。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Decode_WithByteOrderMark_TrustsTheMark(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Chinese)).ToArray();

        var (text, report) = TextDecoder.Decode(bytes);

        Assert.Equal(Chinese, text);
        Assert.Equal("bom", report.Method);
        Assert.Equal(1.0, report.Confidence);
    }

    [Fact]
    public void Decode_ValidUtf8WithoutMark_IsUtf8()
    {
        var (text, report) = TextDecoder.Decode(Encoding.UTF8.GetBytes(Chinese));

        Assert.Equal(Chinese, text);
        Assert.Equal(("utf-8", "utf8-valid"), (report.Name, report.Method));
    }

    [Theory]
    [InlineData("Digital government reforms move ahead in Zhejiang. 數字政府")]
    [InlineData(Chinese)]
    public void Decode_Utf16WithoutMark_RecognisesByteOrder(string content)
    {
        foreach (var encoding in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var (text, report) = TextDecoder.Decode(encoding.GetBytes(content));

            Assert.Equal(content, text);
            Assert.Equal(encoding.WebName, report.Name);
            Assert.Equal("utf16-pattern", report.Method);
        }
    }

    [Fact]
    public void Decode_Gb18030_ReportsEncodingAndConfidence()
    {
        var (text, report) = TextDecoder.Decode(Encoding.GetEncoding("gb18030").GetBytes(Simplified));

        Assert.Equal(Simplified, text);
        Assert.Equal("gb18030", report.Name);
        Assert.InRange(report.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Decode_Big5_IsNotMistakenForGbk()
    {
        var (text, report) = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(Chinese));

        Assert.Equal(Chinese, text);
        Assert.Equal("big5", report.Name);
    }

    [Fact]
    public void Decode_ShortGb2312Text_PlausibilityOverrulesAWrongDetectorGuess()
    {
        // Short GB2312 text is where the charset detector guesses EUC-JP or similar; the decoded
        // text must still be the Chinese that was written.
        const string shortText = "数字政府建设推进会";
        var (text, report) = TextDecoder.Decode(Encoding.GetEncoding("gb18030").GetBytes(shortText));

        Assert.Equal(shortText, text);
        Assert.Equal("gb18030", report.Name);
    }

    [Fact]
    public void Decode_DeclaredCharset_IsUsedWhenItReadsPlausibly()
    {
        var (text, report) = TextDecoder.Decode(Encoding.GetEncoding("gb18030").GetBytes(Simplified), declaredCharset: "GBK");

        Assert.Equal(Simplified, text);
        Assert.Equal("gb18030", report.Name);
    }

    [Fact]
    public void Decode_NulBytesThatAreNotUtf16_IsRejectedAsBinary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        bytes[11] = 0;

        var ex = Assert.Throws<DocumentRejectedException>(() => TextDecoder.Decode(bytes));

        Assert.Equal(FailureReason.Binary, ex.Reason);
    }

    [Fact]
    public void Decode_RandomBytesWithoutNul_IsRejectedAsBinary()
    {
        // Compressed or encrypted data: random bytes without NULs read as nothing in any code page.
        var bytes = new byte[4000];
        new Random(3).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++) bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];

        var ex = Assert.Throws<DocumentRejectedException>(() => TextDecoder.Decode(bytes));

        Assert.Equal(FailureReason.Binary, ex.Reason);
    }

    [Fact]
    public void Decode_HighBytesThatSpellNothing_IsRejectedAsUndecodable()
    {
        // 0x80 is no lead byte in GBK or Big5, and a currency sign or a control code in single-byte code pages.
        var bytes = Enumerable.Repeat((byte)0x80, 3000).ToArray();

        var ex = Assert.Throws<DocumentRejectedException>(() => TextDecoder.Decode(bytes));

        Assert.Equal(FailureReason.Undecodable, ex.Reason);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }
}
