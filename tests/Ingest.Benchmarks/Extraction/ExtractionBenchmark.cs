using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ingest.Pipeline;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Benchmarks.Extraction;

/// <summary>
/// Extraction + normalization throughput on the corpus against reading the same bytes as UTF-8 and
/// splitting them into lines, measured in the same run; then the peak memory of one 50 MB text file,
/// each variant in a child process of its own so that one measurement's heap does not inflate the other's.
/// </summary>
internal sealed class ExtractionBenchmark : IBenchmark
{
    private const string ChildVariable = "INGEST_BENCH_EXTRACTION_CHILD";
    private const int LargeFileBytes = 50_000_000;

    public string Name => "extraction";

    public string Description => "extraction + normalization MB/s and allocations on the corpus; peak memory for a 50 MB file";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(ChildVariable) is { Length: > 0 } child)
        {
            RunChild(context, child);
            return;
        }

        var (extraction, normalization) = CreateStages();
        var files = context.CorpusFiles().Select(f => (Path: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var totalBytes = files.Sum(f => (long)f.Bytes.Length);
        var megabytes = totalBytes / 1_000_000.0;
        context.Line($"Corpus: {files.Count} articles, {megabytes:F2} MB (UTF-8). Each figure is the mean of 5 passes after a warm-up pass.");
        context.Line();

        var lines = 0L;
        var baseline = Measure.Run(() =>
        {
            foreach (var (_, bytes) in files) lines += Encoding.UTF8.GetString(bytes).Split('\n').Length;
        }, repetitions: 5);
        var product = Measure.Run(() =>
        {
            foreach (var (path, bytes) in files)
            {
                var source = new SourceDocument { Path = path, Content = bytes };
                normalization.Normalize(source, extraction.Extract(source, cancellationToken), cancellationToken);
            }
        }, repetitions: 5);

        context.Line("| variant | time per pass | MB/s | allocated per pass | allocated / input |");
        context.Line("|---|---|---|---|---|");
        Row(context, "baseline: UTF8.GetString + Split('\\n')", baseline, totalBytes);
        Row(context, "extraction + normalization", product, totalBytes);
        context.Line();
        context.Line($"Throughput ratio (product / baseline): {baseline.PerRun / product.PerRun:P1} of the baseline's MB/s; product time is {product.PerRun / baseline.PerRun:F1}x the baseline's.");
        context.Line();

        var largeFile = Path.Combine(Path.GetTempPath(), $"ingest-bench-{Environment.ProcessId}.txt");
        try
        {
            WriteLargeFile(largeFile, files.Where(f => f.Path.StartsWith("hans_", StringComparison.Ordinal)).Select(f => f.Bytes).ToList());
            context.Line($"Large file: {new FileInfo(largeFile).Length / 1_000_000.0:F1} MB of Simplified Chinese articles, one paragraph per line, run once in a child process per variant.");
            context.Line();
            context.Line("| variant | elapsed | peak working set | managed allocations | peak / file size |");
            context.Line("|---|---|---|---|---|");
            foreach (var variant in new[] { "idle", "baseline", "product" })
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await RunChildProcessAsync(variant, largeFile, cancellationToken);
                context.Line($"| {variant} | {result.Elapsed.TotalSeconds:F2} s | {result.PeakWorkingSet / 1_000_000.0:F0} MB | {result.Allocated / 1_000_000.0:F0} MB | {(double)result.PeakWorkingSet / new FileInfo(largeFile).Length:F1}x |");
            }
        }
        finally
        {
            File.Delete(largeFile);
        }

        context.Line();
        context.Line("`idle` loads the stages and reads nothing: the runtime's own working set, to subtract from the others.");
    }

    private static void Row(BenchmarkContext context, string name, Measure.Result result, long bytes) =>
        context.Line($"| {name} | {result.PerRun.TotalMilliseconds:F0} ms | {bytes / 1_000_000.0 / result.PerRun.TotalSeconds:F1} | {result.AllocatedBytes / 1_000_000.0:F1} MB | {(double)result.AllocatedBytes / bytes:F1}x |");

    private static (ExtractionStep, NormalizationStep) CreateStages()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddIngestPipeline()
            .BuildServiceProvider();
        return (services.GetRequiredService<ExtractionStep>(), services.GetRequiredService<NormalizationStep>());
    }

    /// <summary>Articles repeated, separated by blank lines, up to just under the default 50 MB limit.</summary>
    private static void WriteLargeFile(string path, List<byte[]> articles)
    {
        using var stream = File.Create(path);
        var written = 0L;
        for (var i = 0; written < LargeFileBytes - 100_000; i++)
        {
            var article = articles[i % articles.Count];
            stream.Write(article);
            stream.Write("\n\n"u8);
            written += article.Length + 2;
        }
    }

    /// <summary>In the child process: one variant on the large file, then its figures on one line.</summary>
    private static void RunChild(BenchmarkContext context, string child)
    {
        var separator = child.IndexOf(':', StringComparison.Ordinal);
        var (variant, path) = (child[..separator], child[(separator + 1)..]);
        var (extraction, normalization) = CreateStages();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var check = 0L;
        switch (variant)
        {
            case "baseline":
                check = File.ReadAllText(path).Split('\n').Length;
                break;
            case "product":
                var source = new SourceDocument { Path = Path.GetFileName(path), Content = File.ReadAllBytes(path) };
                var document = normalization.Normalize(source, extraction.Extract(source));
                check = document.Text.Length;
                break;
        }

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        context.Line(string.Create(CultureInfo.InvariantCulture, $"RESULT {watch.Elapsed.TotalSeconds} {process.PeakWorkingSet64} {allocated} {check}"));
    }

    private static async Task<(TimeSpan Elapsed, long PeakWorkingSet, long Allocated)> RunChildProcessAsync(string variant, string path, CancellationToken cancellationToken)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ExtractionBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("extraction");
        start.Environment[ChildVariable] = $"{variant}:{path}";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var result = output.Split('\n').Last(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
        return (TimeSpan.FromSeconds(double.Parse(result[1], CultureInfo.InvariantCulture)), long.Parse(result[2], CultureInfo.InvariantCulture), long.Parse(result[3], CultureInfo.InvariantCulture));
    }
}
