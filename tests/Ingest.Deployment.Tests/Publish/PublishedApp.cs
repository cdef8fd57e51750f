using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Publish;

/// <summary>
/// <c>dotnet publish</c> of the Functions app into a temp folder, once for the test class: what azd
/// zips and uploads to the Flex Consumption plan's deployment container. Release, like azd, so it
/// does not touch the Debug outputs that the other test projects build and read.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private readonly TempFolder _folder = new();

    public string Folder => Path.Combine(_folder.Path, "publish");

    internal ProcessResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    public async ValueTask InitializeAsync()
    {
        Result = await ProcessRunner.RunAsync(
            "dotnet",
            ["publish", Repository.FunctionsProject, "--configuration", "Release", "--output", Folder, "--nologo", "-nodeReuse:false"],
            Timeout,
            Repository.FunctionsProject,
            new Dictionary<string, string?>
            {
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["MSBUILDDISABLENODEREUSE"] = "1",
            });
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
