using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Ingest.Cli.Hosting;
using Ingest.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.Benchmarks.Serve;

/// <summary>
/// How long a .txt dropped into the watched folder takes to become searchable through the local
/// host's HTTP API (20 drops), against the same file ingested by a direct call to the ingestion
/// service on the same host (the baseline: the pipeline and index without the watcher and queue).
/// </summary>
internal sealed class DropLatencyBenchmark : IBenchmark
{
    private const int Drops = 20;

    public string Name => "drop";

    public string Description => "time from dropping a .txt into the watched folder to finding it with /api/search (p50/p95 over 20 drops)";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var source = Directory.CreateTempSubdirectory("ingest-drop-source").FullName;
        var data = Directory.CreateTempSubdirectory("ingest-drop-data").FullName;
        var port = FreePort();
        await using var app = LocalHost.Build(new LocalHostOptions(source, data, port), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync(cancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var ingestion = app.Services.GetRequiredService<IngestionService>();

        // Warm up the pipeline (dictionaries, JIT) before measuring either path.
        await DropAsync(source, client, "warmup", cancellationToken);

        var watched = new List<double>();
        var direct = new List<double>();
        for (var i = 0; i < Drops; i++)
        {
            watched.Add(await DropAsync(source, client, $"w{i}", cancellationToken));
            direct.Add(await DirectAsync(source, client, ingestion, $"d{i}", cancellationToken));
        }

        watched.Sort();
        direct.Sort();
        context.Line("| path | p50 ms | p95 ms | max ms |");
        context.Line("| --- | ---: | ---: | ---: |");
        context.Line($"| dropped into the watched folder | {Measure.Percentile(watched, 50):F0} | {Measure.Percentile(watched, 95):F0} | {watched[^1]:F0} |");
        context.Line($"| direct IngestAsync call (baseline) | {Measure.Percentile(direct, 50):F0} | {Measure.Percentile(direct, 95):F0} | {direct[^1]:F0} |");
        context.Line();
        context.Line($"p95 ratio watched / direct: {Measure.Percentile(watched, 95) / Measure.Percentile(direct, 95):F2}; the watcher's debounce is {Ingest.Local.Sources.FolderWatcher.Debounce.TotalMilliseconds:F0} ms.");
        await app.StopAsync(cancellationToken);
        TryDelete(source);
        TryDelete(data);
    }

    private static async Task<double> DropAsync(string source, HttpClient client, string tag, CancellationToken cancellationToken)
    {
        var (name, marker, text) = Article(tag);
        var watch = Stopwatch.StartNew();
        await File.WriteAllTextAsync(Path.Combine(source, name), text, new UTF8Encoding(false), cancellationToken);
        await WaitFoundAsync(client, marker, cancellationToken);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> DirectAsync(string source, HttpClient client, IngestionService ingestion, string tag, CancellationToken cancellationToken)
    {
        // The file is written hidden (not an article to the watcher), then renamed into view and ingested at once by a
        // direct call: the watcher's own event for the rename waits out its debounce and then finds the work done.
        var (name, marker, text) = Article(tag);
        var path = Path.Combine(source, "." + name);
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        File.Move(path, Path.Combine(source, "direct-" + name));
        var watch = Stopwatch.StartNew();
        await ingestion.IngestAsync("direct-" + name, cancellationToken: cancellationToken);
        await WaitFoundAsync(client, marker, cancellationToken);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static (string Name, string Marker, string Text) Article(string tag)
    {
        var marker = "benchmark" + string.Concat(tag.Select(c => (char)('a' + c % 26))) + "marker";
        return ($"drop-{tag}.txt", marker, $"基准测试文章 {tag}\n这是一篇用于测量索引延迟的短文，包含标记 {marker}，以及数字化转型和数据治理的内容。\n");
    }

    private static async Task WaitFoundAsync(HttpClient client, string marker, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var response = await client.GetAsync($"/api/search?q={marker}", cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
                if (body.RootElement.GetProperty("count").GetInt64() > 0) return;
            }

            await Task.Delay(10, cancellationToken);
        }

        throw new TimeoutException($"'{marker}' was not searchable within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
