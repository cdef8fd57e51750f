using Ingest.Pipeline.Normalization;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Joins sentences that were split inside a garbled span. GBK text read as something else turns
/// into runs full of '?' and stray 。 (缺一不可??梢哉f), which look like sentence ends but are not;
/// a chunk should not end in the middle of one.
/// </summary>
internal static class GarbleGuard
{
    public static void Join(List<TextSpan> sentences, IReadOnlyList<MojibakeSpan> garbled)
    {
        if (garbled.Count == 0 || sentences.Count < 2)
        {
            return;
        }

        var write = 0;
        for (var read = 1; read < sentences.Count; read++)
        {
            var boundary = sentences[read].Start;
            if (IsInside(boundary, garbled))
            {
                sentences[write] = new TextSpan(sentences[write].Start, sentences[read].End);
            }
            else
            {
                sentences[++write] = sentences[read];
            }
        }

        sentences.RemoveRange(write + 1, sentences.Count - write - 1);
    }

    private static bool IsInside(int offset, IReadOnlyList<MojibakeSpan> garbled)
    {
        foreach (var span in garbled)
        {
            if (span.Start < offset && offset < span.End)
            {
                return true;
            }
        }

        return false;
    }
}
