using Ingest.Lucene.Querying;
using Xunit;

namespace Ingest.Lucene.Tests.Querying;

public sealed class QueryTermSplitterTests
{
    [Theory]
    [InlineData("数字化 转型", new[] { "数字化", "转型" })]
    [InlineData("  数字化\u3000转型\t", new[] { "数字化", "转型" })]
    [InlineData("\"digital economy\" 广东", new[] { "digital economy", "广东" })]
    [InlineData("“数字 经济”广东", new[] { "数字 经济", "广东" })]
    [InlineData("\"unclosed phrase here", new[] { "unclosed phrase here" })]
    [InlineData("\"\"", new string[0])]
    [InlineData("", new string[0])]
    public void Split_Text_ReturnsTerms(string text, string[] expected)
    {
        Assert.Equal(expected, QueryTermSplitter.Split(text));
    }
}
