using System.Globalization;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Cli.Reindexing;

/// <summary>
/// Shows a re-index run's progress on one line (redrawn in place on a terminal, printed every few
/// seconds when the output is redirected) and its summary when it ends.
/// </summary>
internal sealed class ReindexProgressWriter(TextWriter output, bool interactive, TimeProvider time)
{
    private const int BarWidth = 24;
    private static readonly TimeSpan RedirectedEvery = TimeSpan.FromSeconds(5);
    private string? _last;
    private long _lastPrinted;
    private int _width;

    public void Update(ReindexRun run)
    {
        var line = Line(run);
        if (interactive)
        {
            // Pad over what the previous, possibly longer, line left on the terminal.
            output.Write('\r' + line.PadRight(_width));
            _width = Math.Max(_width, line.Length);
        }
        else if (line != _last && (_last is null || time.GetElapsedTime(_lastPrinted) >= RedirectedEvery))
        {
            output.WriteLine(line);
            _lastPrinted = time.GetTimestamp();
        }

        _last = line;
        output.Flush();
    }

    public void Finish(ReindexRun run)
    {
        if (interactive)
        {
            output.WriteLine();
        }

        var summary = run.Summary ?? ReindexSummary.Empty;
        var elapsed = (run.CompletedAt ?? time.GetUtcNow()) - run.StartedAt;
        var state = run.State.ToString().ToLowerInvariant();
        output.WriteLine(Invariant($"Re-index {run.Id} ({Mode(run)}) {state} in {elapsed.TotalSeconds:0.0} s."));
        output.WriteLine(Invariant($"  Source:  {summary.Listed:N0} files listed: {summary.New:N0} new, {summary.Changed:N0} changed, {summary.Stale:N0} stale (older pipeline), {summary.Unchanged:N0} unchanged, {summary.Orphaned:N0} orphaned, {summary.Quarantined:N0} still quarantined{Forced(summary)}."));
        var c = run.Counts;
        output.WriteLine(Invariant($"  Items:   {summary.Enqueued:N0} enqueued: {c.Indexed:N0} indexed, {c.Unchanged:N0} unchanged, {c.Removed:N0} removed, {c.Quarantined:N0} quarantined, {c.Abandoned:N0} abandoned after failing (the next run retries them); {c.Failed:N0} failed attempts."));
        if (elapsed > TimeSpan.Zero && summary.Listed > 0)
        {
            output.WriteLine(Invariant($"  Rate:    {summary.Listed / elapsed.TotalSeconds:N1} files/s ({summary.Enqueued / elapsed.TotalSeconds:N1} items/s)."));
        }

        if (run.Mode == ReindexMode.Full && run.State == ReindexState.Completed)
        {
            output.WriteLine(Invariant($"  Index:   generation {run.Generation} is active; the one it replaced is kept for a rollback (POST /api/reindex/rollback)."));
        }

        if (run.Resumed > 0)
        {
            output.WriteLine(Invariant($"  Resumed: {run.Resumed} time(s) after a stop."));
        }

        if (run.Error is not null)
        {
            output.WriteLine($"  Error:   {run.Error}");
        }

        output.Flush();
    }

    private static string Line(ReindexRun run)
    {
        if (run.Summary is null)
        {
            var soFar = run.Checkpoint?.SoFar ?? ReindexSummary.Empty;
            return Invariant($"Enumerating ({Mode(run)}): {soFar.Listed:N0} files listed, {soFar.Enqueued:N0} enqueued");
        }

        if (run.State == ReindexState.Switching)
        {
            return Invariant($"Checking index generation {run.Generation} holds every document, then switching to it");
        }

        var total = run.Summary.Enqueued;
        var done = Math.Min(run.Counts.Done, total);
        var filled = total == 0 ? BarWidth : (int)((long)done * BarWidth / total);
        var c = run.Counts;
        return Invariant($"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {done:N0}/{total:N0} items · indexed {c.Indexed:N0} · unchanged {c.Unchanged + run.Summary.Unchanged:N0} · removed {c.Removed:N0} · quarantined {c.Quarantined:N0}");
    }

    private static string Mode(ReindexRun run) => run.Mode == ReindexMode.Full ? "full" : "incremental";

    private static string Forced(ReindexSummary summary) =>
        summary.Forced + summary.Requeued == 0 ? string.Empty : Invariant($", {summary.Forced:N0} forced, {summary.Requeued:N0} enqueued again");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
