using Azure.Storage.Blobs;
using Ingest.Cli.Hosting;
using Ingest.Testing.Azurite;

namespace Ingest.EndToEnd.Tests;

/// <summary>
/// <c>ingest serve --source "CONNECTION;Container=NAME"</c> over Azurite: articles in the container are
/// searchable, and articles dropped into or deleted from it while the host runs follow within a poll,
/// while manifests and the index stay in the local data folder.
/// </summary>
public sealed class ContainerSourceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private BlobServiceClient Blobs => new(azurite.ConnectionString);

    [Fact]
    public async Task Serve_ContainerWithArticles_MakesThemSearchable()
    {
        var ct = TestContext.Current.CancellationToken;
        var container = Blobs.GetBlobContainerClient(NewContainerName());
        await container.CreateAsync(cancellationToken: ct);
        await UploadSampleAsync(container, "101_digital_government_zh-Hans.txt", ct);
        await UploadSampleAsync(container, "106_ai_productivity_en.txt", ct);
        using var data = new TempFolder("data");

        await using var host = await LocalHostRunner.StartAsync(Source(container.Name), data.Path, Poll, ct);

        var chinese = await host.Client.WaitForAsync("q=一網通辦", r => r.Count() > 0, Bound, ct);
        Assert.Equal("101_digital_government_zh-Hans.txt", chinese.Results().First().GetProperty("path").GetString());
        Assert.Contains("<em>", chinese.Results().First().GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var english = await host.Client.WaitForAsync("q=Dongguan", r => r.Count() > 0, Bound, ct);
        Assert.Equal("106_ai_productivity_en.txt", english.Results().First().GetProperty("path").GetString());

        // State stays local: manifests in the data folder, nothing written into the storage account.
        Assert.Equal(2, Directory.GetFiles(Path.Combine(data.Path, "manifests"), "*", SearchOption.AllDirectories).Length);
        var containers = new List<string>();
        await foreach (var item in Blobs.GetBlobContainersAsync(cancellationToken: ct))
        {
            containers.Add(item.Name);
        }

        Assert.DoesNotContain("ingest-state", containers);
        Assert.DoesNotContain("quarantine", containers);
    }

    [Fact]
    public async Task Serve_BlobsUploadedThenDeletedWhileRunning_FollowWithinAPoll()
    {
        var ct = TestContext.Current.CancellationToken;
        var container = Blobs.GetBlobContainerClient(NewContainerName());
        using var data = new TempFolder("data");

        // The container does not exist yet: the host creates it.
        await using var host = await LocalHostRunner.StartAsync(Source(container.Name), data.Path, Poll, ct);
        Assert.True((await container.ExistsAsync(ct)).Value);

        await UploadSampleAsync(container, "107_script_injection_zh-Hant.txt", ct);
        var found = await host.Client.WaitForAsync("q=跨站脚本攻击", r => r.Count() > 0, Bound, ct);
        Assert.All(found.Results(), r => Assert.Equal("107_script_injection_zh-Hant.txt", r.GetProperty("path").GetString()));

        await UploadSampleAsync(container, "101_digital_government_zh-Hans.txt", ct);
        await host.Client.WaitForAsync("q=一网通办", r => r.Count() > 0, Bound, ct);

        await container.DeleteBlobAsync("107_script_injection_zh-Hant.txt", cancellationToken: ct);
        await host.Client.WaitForAsync("q=跨站脚本攻击", r => r.Count() == 0, Bound, ct);
        Assert.True((await host.Client.SearchAsync("q=一网通办", ct)).Count() > 0);
    }

    private SourceLocation Source(string container)
    {
        Assert.True(SourceLocation.TryParse($"{azurite.ConnectionString.TrimEnd(';')};Container={container}", out var source, out var error), error);
        return source;
    }

    private static string NewContainerName() => $"articles-{Guid.NewGuid():N}"[..24];

    private static async Task UploadSampleAsync(BlobContainerClient container, string name, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(Path.Combine(RepositoryRoot.Path, "samples", "articles", name));
        await container.GetBlobClient(name).UploadAsync(file, overwrite: true, cancellationToken);
    }
}
