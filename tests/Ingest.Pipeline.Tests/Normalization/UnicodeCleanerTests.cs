using Ingest.Pipeline.Normalization;

namespace Ingest.Pipeline.Tests.Normalization;

public sealed class UnicodeCleanerTests
{
    [Theory]
    [InlineData("Ｃｈｉｎａ　２０２４年", "China 2024年")]
    [InlineData("深圳地铁ＶＩＰ车厢，票价（２元）！", "深圳地铁VIP车厢，票价（2元）！")]
    [InlineData("零\u200B宽\u200D字\uFEFF符\u00AD", "零宽字符")]
    [InlineData("控制\u0007字符\u202E反向", "控制字符反向")]
    [InlineData("  多个   空格  ", "多个 空格")]
    [InlineData("cafe\u0301", "café")]
    [InlineData("\uF900\uFA0C", "\u8C48\u5140")]
    public void Clean_Text_AppliesTheRoutineCleanUp(string input, string expected) =>
        Assert.Equal(expected, UnicodeCleaner.Clean(input));

    [Fact]
    public void Clean_SpaceBetweenChineseInPlainText_IsKeptBecauseTheAuthorTypedIt() =>
        Assert.Equal("金庸与世长辞 他曾留给自己的墓志铭", UnicodeCleaner.Clean("金庸与世长辞 他曾留给自己的墓志铭"));

    [Fact]
    public void Clean_SpaceBetweenChineseFromPdfLayout_IsRemoved() =>
        Assert.Equal("数字政府建设，English words stay.", UnicodeCleaner.Clean("数字 政府 建设 ， English words stay.", layoutSpaces: true));

    [Fact]
    public void Clean_LineBreaksInsideABlock_AreJoinedAsLayout() =>
        Assert.Equal("第一行接着第二行，English continues here", UnicodeCleaner.Clean("第一行\n接着第二行，\r\nEnglish\ncontinues here"));

    [Fact]
    public void Clean_CleanText_ReturnsTheSameInstance()
    {
        const string text = "數字化無疑是這兩年最受關注的話題之一，“一把手”統籌推進。Digital government, 2024.";

        Assert.Same(text, UnicodeCleaner.Clean(text));
    }
}
