using System.Diagnostics;

namespace Ingest.Benchmarks;

/// <summary>Timing and allocation measurement of a piece of work, repeated to steady the figures.</summary>
internal static class Measure
{
    public sealed record Result(TimeSpan Elapsed, long AllocatedBytes, int Repetitions)
    {
        public TimeSpan PerRun => Elapsed / Repetitions;
    }

    /// <summary>Runs <paramref name="work"/> once to warm up, then <paramref name="repetitions"/> times measured.</summary>
    public static Result Run(Action work, int repetitions = 3)
    {
        work();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
        {
            work();
        }

        watch.Stop();
        return new Result(watch.Elapsed, (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / repetitions, repetitions);
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return double.NaN;
        var rank = p / 100.0 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
