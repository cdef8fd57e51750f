using Ingest.Cli.Hosting;

namespace Ingest.EndToEnd.Tests;

/// <summary><c>--source</c>: a folder as before, or a storage connection string with <c>Container=NAME</c>, whose secrets never show.</summary>
public sealed class SourceLocationTests
{
    private const string AccountKey = "c2VjcmV0LWFjY291bnQta2V5LW5vdC1mb3ItcHJpbnRpbmc=";
    private const string Sas = "sv=2024-08-04&ss=b&srt=sco&sp=rl&sig=c2VjcmV0LXNpZ25hdHVyZQ%3D%3D";

    private static readonly string AccountConnectionString =
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:10123/devstoreaccount1";

    [Theory]
    [InlineData("samples/articles")]
    [InlineData("/srv/articles=2024")] // '=' without ';' is still a folder
    public void TryParse_Folder_IsThatFolderAsAFullPath(string value)
    {
        Assert.True(SourceLocation.TryParse(value, out var source, out _));

        Assert.Equal(SourceKind.Folder, source.Kind);
        Assert.Equal(Path.GetFullPath(value), source.FolderPath);
        Assert.Null(source.ConnectionString);
    }

    [Fact]
    public void TryParse_DevelopmentStorageWithContainer_IsThatContainerOnTheEmulator()
    {
        Assert.True(SourceLocation.TryParse("UseDevelopmentStorage=true;Container=articles", out var source, out _));

        Assert.Equal(SourceKind.Container, source.Kind);
        Assert.Equal("articles", source.ContainerName);
        Assert.Equal("UseDevelopmentStorage=true", source.ConnectionString);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), source.BlobEndpoint);
    }

    [Fact]
    public void TryParse_AccountConnectionStringWithContainerAnywhere_TakesOutOnlyTheContainerKey()
    {
        var value = $"container=news-2024;{AccountConnectionString};";

        Assert.True(SourceLocation.TryParse(value, out var source, out _));

        Assert.Equal("news-2024", source.ContainerName);
        Assert.Equal(AccountConnectionString, source.ConnectionString);
        Assert.Equal(new Uri("http://127.0.0.1:10123/devstoreaccount1"), source.BlobEndpoint);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("UseDevelopmentStorage=true;")]
    [InlineData("full")]
    public void TryParse_ConnectionStringWithoutContainer_FailsNamingTheKey(string value)
    {
        var input = value == "full" ? AccountConnectionString : value;

        Assert.False(SourceLocation.TryParse(input, out _, out var error));

        Assert.Contains("Container=NAME", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true;Container=Articles")]
    [InlineData("UseDevelopmentStorage=true;Container=my_articles")]
    [InlineData("UseDevelopmentStorage=true;Container=ab")]
    [InlineData("UseDevelopmentStorage=true;Container=")]
    public void TryParse_InvalidContainerName_Fails(string value)
    {
        Assert.False(SourceLocation.TryParse(value, out _, out var error));

        Assert.Contains("container name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ContainerTwice_Fails()
    {
        Assert.False(SourceLocation.TryParse("UseDevelopmentStorage=true;Container=a-one;Container=a-two", out _, out var error));

        Assert.Contains("twice", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountKey={key};Container=articles")]
    [InlineData("DefaultEndpointsProtocol=https;AccountKey={key};Container=articles")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={key};Container=articles;junk")]
    [InlineData("AccountName=acct;AccountKey={key};Container=articles;AccountKey={key}x")]
    public void TryParse_BrokenConnectionStringWithAKey_FailsWithoutEchoingIt(string template)
    {
        var value = template.Replace("{key}", AccountKey, StringComparison.Ordinal);

        Assert.False(SourceLocation.TryParse(value, out _, out var error));

        Assert.DoesNotContain(AccountKey, error, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey[..12], error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ContainerWithKey_ShowsContainerAndEndpointButNoSecret()
    {
        Assert.True(SourceLocation.TryParse($"{AccountConnectionString};Container=articles", out var keyed, out _));
        Assert.True(SourceLocation.TryParse($"BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature={Sas};Container=articles", out var sas, out _));

        Assert.Equal("blob container articles at http://127.0.0.1:10123/devstoreaccount1", keyed.ToString());
        Assert.DoesNotContain(AccountKey, new LocalHostOptions(keyed, "data", 7071).ToString(), StringComparison.Ordinal);
        Assert.Equal("blob container articles at https://acct.blob.core.windows.net/", sas.ToString());
        Assert.DoesNotContain("sig=", sas.ToString(), StringComparison.Ordinal);
    }
}
