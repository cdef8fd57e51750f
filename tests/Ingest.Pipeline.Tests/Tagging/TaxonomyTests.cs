using System.Text;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Pipeline.Tests.Tagging;

public sealed class TaxonomyTests
{
    private const string Minimal = """
        // a comment
        { "themes": [ { "id": "a", "labels": { "zh-Hant": "甲", "zh-Hans": "甲", "en": "A" }, "keywords": { "甲": 1, }, }, ] }
        """;

    [Theory]
    [InlineData("digital-government")]
    [InlineData("digital-economy")]
    [InlineData("institutional-reform")]
    [InlineData("data-governance")]
    [InlineData("digital-society")]
    [InlineData("digital-infrastructure")]
    [InlineData("application-scenarios")]
    [InlineData("talent-funding")]
    [InlineData("politics")]
    [InlineData("economy-finance")]
    [InlineData("technology")]
    [InlineData("society")]
    [InlineData("education")]
    [InlineData("health")]
    [InlineData("environment")]
    [InlineData("law")]
    [InlineData("military")]
    [InlineData("international")]
    [InlineData("sports")]
    [InlineData("culture-entertainment")]
    [InlineData("real-estate")]
    public void LoadDefault_HasTheTheme_WithLabelsInThreeLanguages(string id)
    {
        var theme = Taxonomy.LoadDefault().Themes.Single(t => t.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(theme.Labels.ZhHant));
        Assert.False(string.IsNullOrWhiteSpace(theme.Labels.ZhHans));
        Assert.False(string.IsNullOrWhiteSpace(theme.Labels.En));
        Assert.True(theme.Keywords.Count >= 10);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var taxonomy = Taxonomy.Parse(Encoding.UTF8.GetBytes(Minimal), "test");
        Assert.Equal("a", Assert.Single(taxonomy.Themes).Id);
        Assert.Equal(12, taxonomy.Version.Length);
    }

    [Fact]
    public void Version_EditedFile_Changes()
    {
        var before = Taxonomy.Parse(Encoding.UTF8.GetBytes(Minimal), "test").Version;
        var after = Taxonomy.Parse(Encoding.UTF8.GetBytes(Minimal.Replace("\"甲\": 1", "\"甲\": 2", StringComparison.Ordinal)), "test").Version;
        Assert.NotEqual(before, after);
    }

    [Theory]
    [InlineData("{ \"themes\": [] }", "no themes")]
    [InlineData("{ \"themes\": [ { \"id\": \"a\", \"labels\": { \"zh-Hant\": \"甲\", \"zh-Hans\": \"甲\", \"en\": \"A\" }, \"keywords\": { \"甲\": 0 } } ] }", "positive weight")]
    [InlineData("{ \"themes\": ", "not valid JSON")]
    public void Parse_InvalidFile_ThrowsWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => Taxonomy.Parse(Encoding.UTF8.GetBytes(json), "bad.json"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }
}
