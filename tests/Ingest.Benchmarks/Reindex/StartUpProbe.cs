namespace Ingest.Benchmarks.Reindex;

/// <summary>
/// The command's fixed cost, measured between the unchanged passes so that it sees the same machine
/// load: <c>ingest --help</c> (the runtime and the command line parser), and <c>ingest reindex</c>
/// of an empty source folder into a data folder of its own (the host, the stores and an empty run).
/// </summary>
internal sealed class StartUpProbe(IngestCommand ingest, string folder)
{
    private readonly List<TimeSpan> _helps = [];
    private readonly List<ReindexOutcome> _empties = [];

    /// <summary>Median <c>--help</c> wall time.</summary>
    public TimeSpan Help => _helps.Order().ElementAt(_helps.Count / 2);

    /// <summary>The empty-source run with the median wall time.</summary>
    public ReindexOutcome Empty => _empties.OrderBy(r => r.Command.Elapsed).ElementAt(_empties.Count / 2);

    /// <exception cref="InvalidOperationException">A command failed, or the empty run found something.</exception>
    public async Task MeasureAsync(CancellationToken cancellationToken)
    {
        var help = await ingest.RunAsync(["--help"], taxonomyPath: null, cancellationToken);
        if (help.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingest --help failed.\n{help.Describe()}");
        }

        _helps.Add(help.Elapsed);
        var source = Directory.CreateDirectory(Path.Combine(folder, "empty-source")).FullName;
        var empty = await ingest.ReindexAsync(source, new DataFolder(Path.Combine(folder, "empty-data")), full: false, taxonomyPath: null, cancellationToken);
        empty.Require("summary.listed on an empty source", 0, empty.Summary.Listed);
        empty.Require("summary.enqueued on an empty source", 0, empty.Summary.Enqueued);
        _empties.Add(empty);
    }
}
