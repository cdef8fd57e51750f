using System.Globalization;

namespace Ingest.Benchmarks.Reindex;

/// <summary>
/// The checked steps of the reindex benchmark, in order, on one source and data folder. Each step
/// runs the command, echoes its summary and fails the benchmark when the run record, the manifests,
/// the catalog or the index files are not what the step must leave.
/// </summary>
internal sealed class ReindexSteps(BenchmarkContext context, IngestCommand ingest, string source, DataFolder data, int articles)
{
    /// <summary>a. Everything is new: every article is indexed, and every manifest carries one pipeline version.</summary>
    public async Task<ReindexOutcome> FirstRunAsync(CancellationToken cancellationToken)
    {
        var run = await ReindexAsync("a. first run", full: false, taxonomyPath: null, cancellationToken);
        run.Require("summary.listed", articles, run.Summary.Listed);
        run.Require("summary.new", articles, run.Summary.New);
        run.Require("summary.enqueued", articles, run.Summary.Enqueued);
        run.Require("counts.indexed", articles, run.Run.Counts.Indexed);
        run.Require("counts.done", articles, run.Run.Counts.Done);
        SingleVersion(run);
        return run;
    }

    /// <summary>
    /// b. Nothing changed, <paramref name="repetitions"/> times: nothing enqueued, and no file of the
    /// active generation touched. <paramref name="startUp"/> measures once before each pass.
    /// </summary>
    /// <returns>The pass with the median wall time.</returns>
    public async Task<ReindexOutcome> UnchangedAsync(int repetitions, StartUpProbe startUp, CancellationToken cancellationToken)
    {
        var catalog = data.Catalog();
        var generation = data.GenerationPath(catalog.Active);
        var index = FolderSnapshot.Take(generation);
        var manifests = FolderSnapshot.Take(data.ManifestPath);
        var runs = new List<ReindexOutcome>();
        for (var i = 0; i < repetitions; i++)
        {
            await startUp.MeasureAsync(cancellationToken);
            var run = await ReindexAsync($"b. nothing changed, pass {i + 1}", full: false, taxonomyPath: null, cancellationToken);
            run.Require("summary.listed", articles, run.Summary.Listed);
            run.Require("summary.unchanged", articles, run.Summary.Unchanged);
            run.Require("summary.enqueued", 0, run.Summary.Enqueued);
            run.Require("counts.indexed", 0, run.Run.Counts.Indexed);
            run.Require("counts.done", 0, run.Run.Counts.Done);
            if (index.Count == 0)
            {
                run.Fail($"the active generation folder {generation} holds no files.");
            }

            if (FolderSnapshot.Take(generation).ChangesSince(index) is { Count: > 0 } writes)
            {
                run.Fail($"the unchanged pass wrote to the active index generation {generation}:\n  {string.Join("\n  ", writes)}");
            }

            if (data.Catalog() != catalog)
            {
                run.Fail($"the unchanged pass changed the catalog: it was {catalog}, it is {data.Catalog()}.");
            }

            runs.Add(run);
        }

        var rewritten = FolderSnapshot.Take(data.ManifestPath).ChangesSince(manifests).Count;
        Line($"b: the {index.Count} files of {generation} kept their names, sizes and last-write times over {repetitions} passes; {rewritten} of {manifests.Count:N0} manifest files were rewritten.");
        return runs.OrderBy(r => r.Command.Elapsed).ElementAt(runs.Count / 2);
    }

    /// <summary>c. The taxonomy gained a keyword: every article is stale and re-tagged, and every manifest moves to one new pipeline version.</summary>
    public async Task<ReindexOutcome> TaxonomyChangedAsync(string taxonomyPath, CancellationToken cancellationToken)
    {
        var before = data.ManifestVersions().Keys.Single();
        Line($"c: {ChangedTaxonomy.Write(taxonomyPath)}.");
        var run = await ReindexAsync("c. taxonomy changed", full: false, taxonomyPath, cancellationToken);
        run.Require("summary.listed", articles, run.Summary.Listed);
        run.Require("summary.stale", articles, run.Summary.Stale);
        run.Require("summary.unchanged", 0, run.Summary.Unchanged);
        run.Require("summary.enqueued", articles, run.Summary.Enqueued);
        run.Require("counts.indexed", articles, run.Run.Counts.Indexed);
        run.Require("counts.done", articles, run.Run.Counts.Done);
        var after = SingleVersion(run);
        if (after == before)
        {
            run.Fail($"every manifest still carries pipeline version {before} after the taxonomy change.");
        }

        Line($"c: every manifest moved from pipeline version {before} to {after}.");
        return run;
    }

    /// <summary>d. <c>--full</c>: every article forced into a new generation, which becomes active with the old one kept as previous.</summary>
    public async Task<ReindexOutcome> FullAsync(string taxonomyPath, CancellationToken cancellationToken)
    {
        var before = data.Catalog();
        var version = data.ManifestVersions().Keys.Single();
        // The changed taxonomy stays in force, so the rebuild is forced by --full alone, not by a version change.
        var run = await ReindexAsync("d. --full", full: true, taxonomyPath, cancellationToken);
        run.Require("summary.listed", articles, run.Summary.Listed);
        run.Require("summary.forced", articles, run.Summary.Forced);
        run.Require("summary.enqueued", articles, run.Summary.Enqueued);
        run.Require("counts.indexed", articles, run.Run.Counts.Indexed);
        run.Require("counts.done", articles, run.Run.Counts.Done);
        var after = data.Catalog();
        if (run.Run.Generation is not { } built || after.Active != built || built == before.Active || after.Previous != before.Active || after.Building is not null)
        {
            run.Fail($"the catalog did not switch to the run's new generation {run.Run.Generation} keeping {before.Active} as previous: before {before}, after {after}.");
        }

        foreach (var generation in new[] { before.Active, after.Active })
        {
            if (!Directory.Exists(data.GenerationPath(generation)) || FolderSnapshot.Take(data.GenerationPath(generation)).Count == 0)
            {
                run.Fail($"generation folder {data.GenerationPath(generation)} is missing or empty after the switch.");
            }
        }

        if (SingleVersion(run) != version)
        {
            run.Fail($"the full rebuild under the same taxonomy changed the pipeline version from {version}.");
        }

        Line($"d: catalog active {before.Active} -> {after.Active}, previous {after.Previous}; both generation folders are on disk.");
        return run;
    }

    private async Task<ReindexOutcome> ReindexAsync(string step, bool full, string? taxonomyPath, CancellationToken cancellationToken)
    {
        var run = await ingest.ReindexAsync(source, data, full, taxonomyPath, cancellationToken);
        Line($"{step}: {run.Command.Elapsed.TotalSeconds:F2} s wall; the command printed:");
        // The summary, without the progress lines printed before it.
        foreach (var line in run.Command.Output.Split('\n').SkipWhile(l => !l.StartsWith("Re-index ", StringComparison.Ordinal)).Where(l => l.Length > 0))
        {
            context.Line("    " + line.TrimEnd('\r'));
        }

        return run;
    }

    /// <summary>The one pipeline version every manifest carries; fails unless there is one manifest per article, all on one version.</summary>
    private string SingleVersion(ReindexOutcome run)
    {
        var versions = data.ManifestVersions();
        run.Require("manifests", articles, versions.Values.Sum());
        if (versions.Count != 1)
        {
            run.Fail($"the manifests carry {versions.Count} pipeline versions: {string.Join(", ", versions.Select(v => $"{v.Key} ×{v.Value}"))}.");
        }

        return versions.Keys.Single();
    }

    private void Line(FormattableString text) => context.Line(text.ToString(CultureInfo.InvariantCulture));
}
