using System.Text.Json;
using Ingest.Deployment.Tests.Bicep;
using Ingest.Deployment.Tests.Support;
using Ingest.Testing;

namespace Ingest.Deployment.Tests.Publish;

/// <summary>
/// The published Functions app is a package the Flex Consumption host can run: host.json at the root,
/// the generated function metadata, the worker configuration, and the storage extensions the host
/// loads for the blob and queue triggers (under <c>.azurefunctions/</c>, listed in extensions.json).
/// </summary>
public sealed class PublishOutputTests(PublishedApp app, CompiledTemplate compiled) : IClassFixture<PublishedApp>
{
    [Fact]
    public void Publish_FunctionsApp_Succeeds() =>
        Assert.True(app.Result.ExitCode == 0, app.Result.Output);

    [Fact]
    public void HostJson_AtTheRoot_IsTheRepositoryHostJson()
    {
        var published = File.ReadAllText(PathOf("host.json"));

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")), published);
    }

    [Theory]
    [InlineData("IngestArticle")]
    [InlineData("ProcessWorkItem")]
    [InlineData("RemoveArticle")]
    [InlineData("ScheduleReindex")]
    [InlineData("SearchArticles")]
    [InlineData("StartReindex")]
    [InlineData("GetReindexStatus")]
    [InlineData("RollbackIndex")]
    [InlineData("ListReindexRuns")]
    public void FunctionsMetadata_Functions_IncludeEveryTrigger(string function)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllBytes(PathOf("functions.metadata")));

        Assert.Contains(function, metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public void WorkerConfig_Worker_IsTheIsolatedAppAssembly()
    {
        using var config = JsonDocument.Parse(File.ReadAllBytes(PathOf("worker.config.json")));
        var description = config.RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        Assert.True(File.Exists(PathOf(description.GetProperty("defaultWorkerPath").GetString()!)));
    }

    [Theory]
    [InlineData("AzureStorageBlobs")]
    [InlineData("AzureStorageQueues")]
    public void ExtensionsJson_StorageExtension_IsListedAndShipped(string extension)
    {
        using var extensions = JsonDocument.Parse(File.ReadAllBytes(PathOf("extensions.json")));
        var entry = extensions.RootElement.GetProperty("extensions").EnumerateArray()
            .SingleOrDefault(e => e.GetProperty("name").GetString() == extension);

        Assert.True(entry.ValueKind == JsonValueKind.Object, $"extensions.json does not list {extension}.");
        Assert.True(File.Exists(PathOf(entry.GetProperty("hintPath").GetString()!)), $"{extension} is listed but its assembly is not in the package.");
    }

    [Fact]
    public void RuntimeConfig_Framework_IsTheVersionTheTemplateDeploys()
    {
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllBytes(PathOf("Ingest.Functions.runtimeconfig.json")));
        var core = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("frameworks").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "Microsoft.NETCore.App");
        var version = Version.Parse(core.GetProperty("version").GetString()!);
        var site = compiled.Template.Single("Microsoft.Web/sites");
        var deployed = ArmTemplate.TryEvaluateString(site.Properties.GetProperty("functionAppConfig").GetProperty("runtime").GetProperty("version"), site.Scope);

        Assert.Equal($"{version.Major}.{version.Minor}", deployed);
    }

    [Fact]
    public void Package_SegmenterDictionary_IsShipped() =>
        // The word segmenter throws at first use without its dictionary beside the assemblies.
        Assert.True(File.Exists(PathOf(Path.Combine("Resources", "dict.txt"))));

    [Fact]
    public void Package_LocalSettings_AreNotShipped() =>
        Assert.Empty(Directory.GetFiles(app.Folder, "local.settings*.json", SearchOption.AllDirectories));

    private string PathOf(string relative)
    {
        Assert.True(app.Result.ExitCode == 0, app.Result.Output);
        var path = Path.GetFullPath(Path.Combine(app.Folder, relative));
        Assert.True(File.Exists(path), $"The published app has no {relative}.");
        return path;
    }
}
