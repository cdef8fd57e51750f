using System.CommandLine;
using Ingest.Cli.Commands;

namespace Ingest.EndToEnd.Tests;

/// <summary><c>ingest reindex</c> as a user runs it: on its own over a data folder, or through the host serving that folder.</summary>
public sealed class ReindexCommandTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Reindex_NoHostServing_IndexesThenReportsEverythingUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        await WriteArticlesAsync(source, 3, ct);

        var first = await ReindexAsync(["--source", source.Path, "--data", data.Path], ct);
        var second = await ReindexAsync(["--source", source.Path, "--data", data.Path], ct);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("(incremental) completed", first.Output, StringComparison.Ordinal);
        Assert.Contains("3 files listed: 3 new", first.Output, StringComparison.Ordinal);
        Assert.Contains("3 enqueued: 3 indexed", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 files listed: 0 new, 0 changed, 0 stale (older pipeline), 3 unchanged", second.Output, StringComparison.Ordinal);
        Assert.Contains("0 enqueued", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("asking it", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_Full_SwitchesToANewGenerationAndSaysSo()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        await WriteArticlesAsync(source, 2, ct);
        await ReindexAsync(["--source", source.Path, "--data", data.Path], ct);

        var full = await ReindexAsync(["--full", "--source", source.Path, "--data", data.Path], ct);

        Assert.Equal(0, full.ExitCode);
        Assert.Contains("(full) completed", full.Output, StringComparison.Ordinal);
        Assert.Contains("2 forced", full.Output, StringComparison.Ordinal);
        Assert.Contains("generation 2 is active", full.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(data.Path, "index", "gen-1")), "the replaced generation is kept for a rollback");
    }

    [Fact]
    public async Task Reindex_HostServingTheDataFolder_AsksTheHostThroughItsApi()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        await WriteArticlesAsync(source, 2, ct);
        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);
        await host.Client.WaitForAsync("q=老旧小区改造", r => r.Count() == 2, Bound, ct);
        await WaitForMarkerAsync(data, ct);

        var run = await ReindexAsync(["--full", "--source", source.Path, "--data", data.Path], ct);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("is serving this data folder", run.Output, StringComparison.Ordinal);
        Assert.Contains("(full) completed", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await host.Client.SearchAsync("q=老旧小区改造", ct)).Count());
    }

    [Fact]
    public async Task Reindex_MissingSourceFolder_FailsWithoutAStackTrace()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempFolder("data");

        var run = await ReindexAsync(["--source", Path.Combine(data.Path, "nowhere"), "--data", data.Path], ct);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static async Task WriteArticlesAsync(TempFolder source, int count, CancellationToken ct)
    {
        for (var i = 1; i <= count; i++)
        {
            await File.WriteAllTextAsync(source.Combine($"a{i}.txt"), $"城市更新第{i}号\n这是关于城市更新试点的第{i}篇文章，讨论老旧小区改造。\n", ct);
        }
    }

    /// <summary>The host writes its marker once it listens; the command looks for it.</summary>
    private static async Task WaitForMarkerAsync(TempFolder data, CancellationToken ct)
    {
        var marker = Path.Combine(data.Path, "serve.json");
        var deadline = DateTime.UtcNow + Bound;
        while (!File.Exists(marker) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, ct);
        }

        Assert.True(File.Exists(marker), "the serving host left no serve.json");
    }

    private static async Task<(int ExitCode, string Output, string Error)> ReindexAsync(string[] arguments, CancellationToken ct)
    {
        var root = new RootCommand { ReindexCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(["reindex", .. arguments]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
        return (exitCode, output.ToString(), error.ToString());
    }
}
