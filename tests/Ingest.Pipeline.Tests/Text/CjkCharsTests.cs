using Ingest.Pipeline.Text;
using Xunit;

namespace Ingest.Pipeline.Tests.Text;

public sealed class CjkCharsTests
{
    [Theory]
    [InlineData('中', true)]
    [InlineData('㐀', true)]
    [InlineData('\uF900', true)]
    [InlineData('a', false)]
    [InlineData('。', false)]
    [InlineData('ア', false)]
    public void IsHan_ClassifiesCharacter(char c, bool expected)
    {
        Assert.Equal(expected, CjkChars.IsHan(c));
    }

    [Theory]
    [InlineData('。')]
    [InlineData('《')]
    [InlineData('」')]
    [InlineData('『')]
    [InlineData('，')]
    [InlineData('！')]
    [InlineData('“')]
    [InlineData('…')]
    [InlineData('—')]
    public void IsCjkPunctuation_ChinesePunctuation_ReturnsTrue(char c)
    {
        Assert.True(CjkChars.IsCjkPunctuation(c));
    }

    [Theory]
    [InlineData('中')]
    [InlineData(',')]
    [InlineData('a')]
    public void IsCjkPunctuation_Other_ReturnsFalse(char c)
    {
        Assert.False(CjkChars.IsCjkPunctuation(c));
    }

    [Theory]
    [InlineData("臺灣的數字化轉型發展迅速", ChineseScript.Traditional)]
    [InlineData("台湾的数字化转型发展迅速", ChineseScript.Simplified)]
    [InlineData("中国人民", ChineseScript.Simplified)]
    [InlineData("日本人", ChineseScript.Ambiguous)]
    [InlineData("hello, world", ChineseScript.None)]
    [InlineData("", ChineseScript.None)]
    public void DetectScript_Text_ReturnsScript(string text, ChineseScript expected)
    {
        Assert.Equal(expected, CjkChars.DetectScript(text));
    }
}
