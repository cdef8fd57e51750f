using System.CommandLine;
using Ingest.Cli.Commands;

namespace Ingest.EndToEnd.Tests;

/// <summary><c>ingest serve</c> refuses a source it cannot use with a message and an exit code, never a stack trace.</summary>
public sealed class ServeCommandTests
{
    private const string AccountKey = "c2VjcmV0LWFjY291bnQta2V5LW5vdC1mb3ItcHJpbnRpbmc=";

    [Fact]
    public async Task Serve_ConnectionStringWithoutContainer_ExitsWithTwoNamingTheKey()
    {
        using var data = new TempFolder("data");
        var source = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1";

        var (exitCode, error) = await ServeAsync(["--source", source, "--data", data.Path]);

        Assert.Equal(2, exitCode);
        Assert.Contains("no Container key", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnreachableStorageAccount_ExitsWithFiveAndSaysWhere()
    {
        using var data = new TempFolder("data");
        var endpoint = $"http://127.0.0.1:{FreePort.Next()}/devstoreaccount1";
        var source = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint={endpoint};Container=articles";

        var (exitCode, error) = await ServeAsync(["--source", source, "--data", data.Path]);

        Assert.Equal(5, exitCode);
        Assert.Contains($"Cannot reach the storage service for {endpoint}/articles", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // no stack trace
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1s")]
    [InlineData("2d")]
    public async Task Serve_PollNotAPositiveDuration_FailsWithoutStarting(string poll)
    {
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");

        var (exitCode, error) = await ServeAsync(["--source", source.Path, "--data", data.Path, "--poll", poll]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--poll", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> ServeAsync(string[] arguments)
    {
        var root = new RootCommand { ServeCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(["serve", .. arguments])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, error.ToString());
    }
}
