using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ingest.Pipeline.Text;
using Xunit;

namespace Ingest.Pipeline.Tests.Text;

public sealed class ScriptFolderTests
{
    [Theory]
    [InlineData("數字化轉型", "数字化转型")]
    [InlineData("廣東省", "广东省")]
    [InlineData("臺灣", "台湾")]
    [InlineData("台灣", "台湾")]
    [InlineData("裡面", "里面")]
    [InlineData("裏面", "里面")]
    public void Fold_TraditionalPhrase_ReturnsSimplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, ScriptFolder.Fold(traditional));
    }

    [Fact]
    public void Fold_FullWidthAscii_ReturnsLowerCaseAscii()
    {
        Assert.Equal("abc123", ScriptFolder.Fold("ＡＢＣ１２３"));
    }

    [Fact]
    public void Fold_IdeographicSpaceAndUpperCase_ReturnsSpaceAndLowerCase()
    {
        Assert.Equal("hello world", ScriptFolder.Fold("Hello\u3000WORLD"));
    }

    [Fact]
    public void Fold_SimplifiedText_ReturnsSameInstance()
    {
        const string text = "广东省深圳市 abc";
        Assert.Same(text, ScriptFolder.Fold(text));
    }

    [Fact]
    public void Fold_Span_FoldsInPlace()
    {
        var chars = "東京ＡＢ".ToCharArray();
        ScriptFolder.Fold(chars.AsSpan());
        Assert.Equal("东京ab", new string(chars));
    }

    [Fact]
    public void ToSimplified_KeepsCaseAndWidth()
    {
        Assert.Equal("数字ＡB", ScriptFolder.ToSimplified("數字ＡB"));
    }

    [Fact]
    public void ToTraditional_SimplifiedPhrase_ReturnsFirstCandidate()
    {
        Assert.Equal("廣東省數字化轉型", ScriptFolder.ToTraditional("广东省数字化转型"));
    }

    [Fact]
    public void Fold_SurrogatePair_IsLeftAlone()
    {
        const string text = "𠀀😀";
        Assert.Equal(text, ScriptFolder.Fold(text));
    }

    [Property]
    public bool Fold_AnyString_PreservesLength(NonNull<string> text) =>
        ScriptFolder.Fold(text.Get).Length == text.Get.Length;

    [Property]
    public bool Fold_AnyString_IsIdempotent(NonNull<string> text)
    {
        var once = ScriptFolder.Fold(text.Get);
        return ScriptFolder.Fold(once) == once;
    }

    // FsCheck's default strings rarely reach the CJK blocks, so this one draws from all of UTF-16.
    [Property]
    public Property Fold_AnyUtf16_PreservesLengthAndIsIdempotent() =>
        Prop.ForAll(AnyUtf16().ToArbitrary(), text =>
        {
            var once = ScriptFolder.Fold(text);
            return once.Length == text.Length
                && ScriptFolder.Fold(once) == once
                && ScriptFolder.ToSimplified(text).Length == text.Length
                && ScriptFolder.ToTraditional(text).Length == text.Length;
        });

    [Fact]
    public void Fold_EveryCharacter_IsIdempotent()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var folded = ScriptFolder.Fold((char)i);
            Assert.True(ScriptFolder.Fold(folded) == folded, $"U+{i:X4} folds to U+{(int)folded:X4}, which folds further");
        }
    }

    private static Gen<string> AnyUtf16() =>
        Gen.Choose(0, char.MaxValue).Select(i => (char)i).ArrayOf().Select(chars => new string(chars));
}
