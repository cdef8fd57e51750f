using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Segmentation;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.KeyPhrases;

/// <summary>
/// Key phrases of a document by TF-IDF over the words the entity tagger already segmented, with
/// jieba's IDF table. jieba.NET has a TF-IDF extractor of its own, but it segments the text again;
/// reusing our words halves the cost and lets the part-of-speech filter keep nouns, proper nouns
/// and verbal nouns only. Phrases are reported as written in the article (Traditional stays
/// Traditional); text in garbled spans is skipped.
/// </summary>
internal static class KeyPhraseExtractor
{
    public static IReadOnlyList<string> Extract(string text, string folded, IReadOnlyList<WordToken> tokens, QualityReport quality, int count)
    {
        if (count <= 0 || tokens.Count == 0)
        {
            return [];
        }

        var idf = IdfTable.Shared;
        var counts = new Dictionary<string, (int Count, int FirstStart)>(StringComparer.Ordinal);
        var total = 0;
        foreach (var token in tokens)
        {
            if (!IsCandidate(token, folded) || quality.IsGarbled(token.Start, token.End))
            {
                continue;
            }

            var word = folded.Substring(token.Start, token.Length);
            if (idf.IsStopWord(word))
            {
                continue;
            }

            total++;
            counts[word] = counts.TryGetValue(word, out var seen) ? (seen.Count + 1, seen.FirstStart) : (1, token.Start);
        }

        return counts
            .Select(c => (Word: c.Key, c.Value.FirstStart, Weight: (double)c.Value.Count / total * idf.Idf(c.Key)))
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.FirstStart)
            .Take(count)
            .Select(c => text.Substring(c.FirstStart, c.Word.Length))
            .ToList();
    }

    private static bool IsCandidate(WordToken token, string folded) =>
        token.Length >= 2
        && token.Pos is "n" or "nz" or "vn" or "ns" or "nt" or "nr" or "nrt" or "nrfg" or "l" or "j" or "eng" or "an"
        && (CjkChars.IsHan(folded[token.Start]) || token.Pos == "eng");
}
