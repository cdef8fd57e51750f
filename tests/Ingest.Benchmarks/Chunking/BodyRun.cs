using Ingest.Pipeline.Normalization;

namespace Ingest.Benchmarks.Chunking;

/// <summary>
/// A run of adjacent body paragraphs of one section: the unit every splitter is given, so that
/// none of them spans two sections.
/// </summary>
internal readonly record struct BodyRun(int Start, int End)
{
    public static List<BodyRun> Of(NormalizedDocument document)
    {
        var runs = new List<BodyRun>();
        NormalizedBlock? first = null, last = null;
        foreach (var paragraph in document.Paragraphs)
        {
            if (last is not null && (paragraph.SectionIndex != last.SectionIndex || paragraph.Start != last.End + 1))
            {
                runs.Add(new BodyRun(first!.Start, last.End));
                first = null;
            }

            first ??= paragraph;
            last = paragraph;
        }

        if (first is not null)
        {
            runs.Add(new BodyRun(first.Start, last!.End));
        }

        return runs;
    }
}
