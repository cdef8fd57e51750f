using Ingest.Pipeline.Sources;

namespace Ingest.Pipeline.Tests.Sources;

public sealed class SourceFileRulesTests
{
    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("2024/05/报告.docx", true)]
    [InlineData("a.txt.meta.json", false)]
    [InlineData("folder/", false)]
    [InlineData("folder/.hidden.md", false)]
    [InlineData("folder/~$draft.docx", false)]
    [InlineData("upload.part", false)]
    [InlineData("notes.txt~", false)]
    [InlineData("docs/README.md", false)]
    [InlineData("", false)]
    public void IsArticle_Name_IsListedOnlyWhenAnArticle(string name, bool expected) =>
        Assert.Equal(expected, SourceFileRules.IsArticle(name));

    [Theory]
    [InlineData("a/b.txt", "a/b.txt")]
    [InlineData("a/b.txt.meta.json", "a/b.txt")]
    [InlineData("a/.b.txt.meta.json", null)]
    [InlineData("a/", null)]
    public void ArticleOf_Name_IsTheArticleItBelongsTo(string name, string? expected) =>
        Assert.Equal(expected, SourceFileRules.ArticleOf(name));
}
