using Ingest.Pipeline.Extraction;

namespace Ingest.Pipeline.Tests.Extraction;

public sealed class LineJoinerTests
{
    [Theory]
    [InlineData("數字化發展", "進入新階段", "數字化發展進入新階段")]
    [InlineData("the county pays", "a subsidy", "the county pays a subsidy")]
    [InlineData("the county pays a sub-", "sidy for each", "the county pays a subsidy for each")]
    [InlineData("a well-", "Known case", "a well- Known case")]
    [InlineData("據統計，", "2023年", "據統計，2023年")]
    [InlineData("共加装电梯约", "3.6万部", "共加装电梯约3.6万部")]
    public void Join_TwoLines_JoinsByScript(string first, string second, string expected) =>
        Assert.Equal(expected, LineJoiner.Join([first, second]));
}
