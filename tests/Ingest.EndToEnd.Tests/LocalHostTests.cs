using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ingest.EndToEnd.Tests;

/// <summary>
/// The local host as a user runs it: files dropped into the watched folder become searchable,
/// deleted files disappear, and the index survives a restart.
/// </summary>
public sealed class LocalHostTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    static LocalHostTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Serve_DroppedFilesDeletedFileAndRestart_IndexFollowsTheFolder()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");

        await using (var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct))
        {
            await File.WriteAllTextAsync(source.Combine("utf8.txt"),
                "示范区建设情况通报\n今年以来，示范区建设稳步推进，长三角生态绿色一体化发展示范区新开工项目四十个。\n责任编辑：王敏\n", new UTF8Encoding(false), ct);
            await File.WriteAllBytesAsync(source.Combine("gb18030.txt"),
                Encoding.GetEncoding("GB18030").GetBytes("大湾区数据流动试点\n粤港澳大湾区数据跨境流动试点今年扩大到九个城市，企业申报流程明显简化。\n"), ct);

            var utf8 = await host.Client.WaitForAsync("q=生态绿色一体化", r => r.Count() == 1, Bound, ct);
            Assert.Contains("<em>", utf8.Results().Single().GetProperty("snippet").GetString(), StringComparison.Ordinal);
            Assert.Equal("utf8.txt", utf8.Results().Single().GetProperty("path").GetString());

            var gb = await host.Client.WaitForAsync("q=數據跨境流動", r => r.Count() == 1, Bound, ct);
            var snippet = gb.Results().Single().GetProperty("snippet").GetString()!;
            Assert.Contains("<em>", snippet, StringComparison.Ordinal);
            Assert.Contains("跨境", snippet, StringComparison.Ordinal);

            File.Delete(source.Combine("utf8.txt"));
            await host.Client.WaitForAsync("q=生态绿色一体化", r => r.Count() == 0, Bound, ct);
        }

        await using (var restarted = await LocalHostRunner.StartAsync(source.Path, data.Path, ct))
        {
            var afterRestart = await restarted.Client.SearchAsync("q=数据跨境流动", ct);
            Assert.Equal(1, afterRestart.Count());
            Assert.Equal(0, (await restarted.Client.SearchAsync("q=生态绿色一体化", ct)).Count());
        }
    }

    [Fact]
    public async Task Serve_BadFileAmongGoodOnes_QuarantinesItAndIndexesTheRest()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        await File.WriteAllTextAsync(source.Combine("good.txt"), "良好文件\n这是一篇可以正常索引的文章，讨论城市更新。\n", ct);
        await File.WriteAllBytesAsync(source.Combine("empty.txt"), [], ct);
        await File.WriteAllBytesAsync(source.Combine("image.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13], ct);

        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);
        await host.Client.WaitForAsync("q=城市更新", r => r.Count() == 1, Bound, ct);

        var reason = Path.Combine(data.Path, "quarantine", "empty.txt.reason.json");
        var deadline = DateTime.UtcNow + Bound;
        while (!File.Exists(reason) && DateTime.UtcNow < deadline) await Task.Delay(100, ct);
        using var record = JsonDocument.Parse(await File.ReadAllTextAsync(reason, ct));
        Assert.Equal("Empty", record.RootElement.GetProperty("reason").GetString());
        Assert.True(File.Exists(Path.Combine(data.Path, "quarantine", "image.txt.reason.json")));
    }
}
