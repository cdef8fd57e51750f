using System.Globalization;
using System.Security.Cryptography;

namespace Ingest.Benchmarks.Reindex;

/// <summary>
/// Drives the real <c>ingest reindex</c> as a child process over 1,000 articles: a first run on an
/// empty data folder (the baseline), an unchanged pass that must write nothing to the index, a pass
/// after a taxonomy change that must re-tag everything, and a <c>--full</c> side-by-side rebuild;
/// against reading and hashing the same files in-process, and the command's own start-up cost.
/// Every step is checked (<see cref="ReindexSteps"/>), and the benchmark fails when one is wrong.
/// </summary>
internal sealed class ReindexBenchmark : IBenchmark
{
    private const int Articles = 1_000;
    private const int Repetitions = 3;

    public string Name => "reindex";

    public string Description => "`ingest reindex` on 1,000 articles: first run, unchanged, after a taxonomy change, --full; vs hashing every file";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("ingest-reindex-bench-").FullName;
        var source = Path.Combine(work, "source");
        var data = new DataFolder(Path.Combine(work, "data"));
        Directory.CreateDirectory(data.Path);
        var corpus = context.CorpusFiles();
        var articles = ArticleFolder.Create(corpus, context.CorpusPath, source, Articles);
        var megabytes = articles.Sum(f => new FileInfo(f).Length) / 1_000_000.0;
        var ingest = IngestCommand.Locate();
        Line(context, $"Source: {articles.Count:N0} articles, {megabytes:F2} MB ({Math.Min(corpus.Count, Articles):N0} corpus articles, {Math.Max(0, Articles - corpus.Count):N0} renamed copies), in {source}.");
        Line(context, $"Command: `dotnet {ingest.AssemblyPath} reindex --source SOURCE --data DATA`, one child process per step. Load average at start: {LoadAverage()}.");
        context.Line();

        var steps = new ReindexSteps(context, ingest, source, data, Articles);
        var first = await steps.FirstRunAsync(cancellationToken);
        var startUp = new StartUpProbe(ingest, work);
        var unchanged = await steps.UnchangedAsync(Repetitions, startUp, cancellationToken);
        var taxonomy = Path.Combine(work, "taxonomy-changed.json");
        var retag = await steps.TaxonomyChangedAsync(taxonomy, cancellationToken);
        var full = await steps.FullAsync(taxonomy, cancellationToken);

        // What an unchanged pass would cost if it read every file instead of trusting size and last-write time.
        var hashed = Measure.Run(() =>
        {
            foreach (var article in articles)
            {
                SHA256.HashData(File.ReadAllBytes(article));
            }
        }, Repetitions);

        context.Line();
        Report(context, first.Command.Elapsed,
        [
            new StepTiming("process start-up: `ingest --help` (median of 3, next to b)", startUp.Help, null, null, 0),
            Row("start-up: `ingest reindex` on an empty source folder (median of 3, next to b)", startUp.Empty, 0),
            Row($"a. first run, empty data folder: {Articles:N0} new → indexed (baseline)", first, Articles),
            Row("b. nothing changed: no index writes (median of 3)", unchanged, Articles),
            Row($"c. taxonomy changed: {Articles:N0} stale → re-tagged", retag, Articles),
            Row("d. `--full`: new generation side by side, then switch", full, Articles),
            new StepTiming($"e. in-process: read + SHA-256 the {Articles:N0} files (mean of 3 after a warm-up)", hashed.PerRun, null, null, Articles),
        ]);
        context.Line();
        Line(context, $"b against the empty-source run: {(unchanged.Command.Elapsed - startUp.Empty.Command.Elapsed).TotalMilliseconds:F0} ms wall, {(unchanged.RunTime - startUp.Empty.RunTime).TotalMilliseconds:F0} ms by the runs' own records; reading and hashing the {Articles:N0} files in-process: {hashed.PerRun.TotalMilliseconds:F0} ms.");
        Line(context, $"Load average at the end: {LoadAverage()}.");
        TryDelete(work);
    }

    private static StepTiming Row(string step, ReindexOutcome run, int files) => new(step, run.Command.Elapsed, run.Summary.Enqueued, run.RunTime, files);

    private static void Report(BenchmarkContext context, TimeSpan baseline, IReadOnlyList<StepTiming> rows)
    {
        context.Line("| step | enqueued | wall time | run's own time | files/s | items/s | wall / step a |");
        context.Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            var seconds = row.Wall.TotalSeconds;
            var enqueued = row.Enqueued is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) : "—";
            var runTime = row.RunTime is { } own ? Invariant($"{own.TotalSeconds:F2} s") : "—";
            var files = row.Files > 0 ? Invariant($"{row.Files / seconds:N0}") : "—";
            var items = row.Enqueued is { } queued && row.Files > 0 ? Invariant($"{queued / seconds:N1}") : "—";
            Line(context, $"| {row.Step} | {enqueued} | {seconds:F2} s | {runTime} | {files} | {items} | {seconds / baseline.TotalSeconds:F3} |");
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Line(BenchmarkContext context, FormattableString text) => context.Line(Invariant(text));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
