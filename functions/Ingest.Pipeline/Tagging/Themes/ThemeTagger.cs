using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Themes;

/// <summary>
/// Scores text against the taxonomy: the weighted keyword hits per thousand characters, squashed
/// to 0..1 so that a few strong keywords in a short passage and many in a long article compare.
/// </summary>
public sealed class ThemeTagger
{
    private readonly (string Id, (string Keyword, double Weight)[] Keywords)[] _themes;

    public ThemeTagger(Taxonomy taxonomy)
    {
        _themes = taxonomy.Themes
            .Select(t => (t.Id, t.Keywords
                .Select(k => (Keyword: ScriptFolder.Fold(k.Key.Trim()), Weight: k.Value))
                .Where(k => k.Keyword.Length > 0)
                .GroupBy(k => k.Keyword, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Max(k => k.Weight)))
                .ToArray()))
            .ToArray();
    }

    /// <summary>Scores of the themes above <paramref name="threshold"/>, best first, at most <paramref name="topK"/>.</summary>
    /// <param name="foldedText">Text already folded with <see cref="ScriptFolder.Fold(string)"/>.</param>
    public IReadOnlyList<ThemeScore> Score(string foldedText, double threshold, int topK)
    {
        if (foldedText.Length == 0)
        {
            return [];
        }

        // Short passages still need two or three hits; long articles are judged by density.
        var scale = Math.Max(foldedText.Length, 300) / 1000.0;
        var scores = new List<ThemeScore>();
        foreach (var (id, keywords) in _themes)
        {
            double hits = 0;
            foreach (var (keyword, weight) in keywords)
            {
                hits += weight * Count(foldedText, keyword);
            }

            var score = Math.Round(1 - Math.Exp(-hits / scale / 6), 3);
            if (score >= threshold)
            {
                scores.Add(new ThemeScore(id, score));
            }
        }

        return scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).Take(topK).ToList();
    }

    private static int Count(string text, string keyword)
    {
        var count = 0;
        var index = text.IndexOf(keyword, StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            index = text.IndexOf(keyword, index + keyword.Length, StringComparison.Ordinal);
        }

        return count;
    }
}
