using System.Text;
using Ingest.Azure.Events;
using Ingest.Azure.Storage;

namespace Ingest.Azure.Tests.Events;

public sealed class BlobDeletedEventParserTests
{
    [Fact]
    public void GetDeletedBlobPath_EventGridSchema_ReturnsThePathInTheContainer() =>
        Assert.Equal("2024/05/a.txt", CreateSut().GetDeletedBlobPath(EventSamples.EventGridBlobDeleted("articles", "2024/05/a.txt", "2024/05/a.txt")));

    [Fact]
    public void GetDeletedBlobPath_NameWithSpacesAndHanzi_ReturnsItUnescaped() =>
        Assert.Equal("政策/广东 数字.txt", CreateSut().GetDeletedBlobPath(
            EventSamples.EventGridBlobDeleted("articles", "政策/广东 数字.txt", "%E6%94%BF%E7%AD%96/%E5%B9%BF%E4%B8%9C%20%E6%95%B0%E5%AD%97.txt")));

    [Fact]
    public void GetDeletedBlobPath_CloudEventSchema_ReturnsThePath() =>
        Assert.Equal("a.md", CreateSut().GetDeletedBlobPath(EventSamples.CloudEventBlobDeleted("articles", "a.md")));

    [Fact]
    public void GetDeletedBlobPath_StillBase64Encoded_DecodesItFirst()
    {
        var message = Convert.ToBase64String(Encoding.UTF8.GetBytes(EventSamples.EventGridBlobDeleted("articles", "a.txt", "a.txt")));

        Assert.Equal("a.txt", CreateSut().GetDeletedBlobPath(message));
    }

    [Theory]
    [InlineData("quarantine")]
    [InlineData("articles2")]
    [InlineData("article")]
    public void GetDeletedBlobPath_OtherContainer_ReturnsNull(string container)
    {
        Assert.Null(CreateSut().GetDeletedBlobPath(EventSamples.EventGridBlobDeleted(container, "a.txt", "a.txt")));
        Assert.Null(CreateSut().GetDeletedBlobPath(EventSamples.CloudEventBlobDeleted(container, "a.txt")));
    }

    [Fact]
    public void GetDeletedBlobPath_BlobCreated_ReturnsNull() =>
        Assert.Null(CreateSut().GetDeletedBlobPath(EventSamples.EventGridBlobCreated("articles", "a.txt")));

    [Fact]
    public void GetDeletedBlobPath_ConfiguredContainer_IsTheOneMatched() =>
        Assert.Equal("a.txt", CreateSut("docs-prod").GetDeletedBlobPath(EventSamples.CloudEventBlobDeleted("docs-prod", "a.txt")));

    [Theory]
    [InlineData("https://stingest.blob.core.windows.net/articles/x/%E7%B2%A4.txt", "x/粤.txt")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/articles/x/y.txt", "x/y.txt")]
    [InlineData("https://stingest.blob.core.windows.net/other/x.txt", null)]
    public void GetDeletedBlobPath_SubjectNotInBlobServiceForm_FallsBackToTheUrl(string url, string? expected) =>
        Assert.Equal(expected, CreateSut().GetDeletedBlobPath(EventSamples.EventGridBlobDeletedWithForeignSubject(url)));

    [Theory]
    [InlineData("not an event")]
    [InlineData("{ \"truncated\": ")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void GetDeletedBlobPath_NotAnEvent_ThrowsFormatException(string message) =>
        Assert.Throws<FormatException>(() => CreateSut().GetDeletedBlobPath(message));

    private static BlobDeletedEventParser CreateSut(string container = "articles") =>
        new(Microsoft.Extensions.Options.Options.Create(new AzureStorageOptions { ArticlesContainer = container }));
}
