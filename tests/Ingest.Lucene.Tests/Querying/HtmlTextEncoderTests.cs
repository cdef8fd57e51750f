using Ingest.Lucene.Querying;
using Xunit;

namespace Ingest.Lucene.Tests.Querying;

public sealed class HtmlTextEncoderTests
{
    [Theory]
    [InlineData("數字化 é", "數字化 é")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("a & \"b\"", "a &amp; &quot;b&quot;")]
    public void Encode_Text_EscapesOnlyMarkupCharacters(string text, string expected)
    {
        Assert.Equal(expected, HtmlTextEncoder.Encode(text));
    }
}
