namespace Ingest.Benchmarks.Chunking;

/// <summary>The plainest baseline: windows of a fixed number of characters, cut wherever the count falls.</summary>
internal static class FixedSizeSplitter
{
    public static List<(int Start, int End)> Split(int start, int end, int size)
    {
        var spans = new List<(int Start, int End)>();
        for (var from = start; from < end; from += size)
        {
            spans.Add((from, Math.Min(end, from + size)));
        }

        return spans;
    }
}
