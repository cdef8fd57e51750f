using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>The sentences of a real article's body as the chunker reads them (garbled spans kept whole).</summary>
internal static class CorpusSentences
{
    public static List<(int Start, int End)> Of(NormalizedDocument document)
    {
        var all = new List<(int Start, int End)>();
        foreach (var paragraph in document.Paragraphs)
        {
            var sentences = SentenceSplitter.Split(document.Text, paragraph.Start, paragraph.End);
            GarbleGuard.Join(sentences, document.Quality.MojibakeSpans);
            all.AddRange(sentences.Select(s => (s.Start, s.End)));
        }

        return all;
    }
}
