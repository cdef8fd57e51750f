using System.Collections.Frozen;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Themes;

/// <summary>
/// Scores text against the taxonomy. One pass over the folded text finds keywords longest first
/// and without overlap (数字政府 counts for its theme, not also 政府 for another); each hit adds its
/// weight to every theme that lists it. A theme's score is its weight per thousand characters,
/// squashed to 0..1 (<c>1 - exp(-density / 10)</c>), so that a few strong keywords in a short
/// passage and many in a long article compare. Latin keywords match whole words only. Immutable
/// and thread-safe.
/// </summary>
public sealed class ThemeTagger
{
    /// <summary>Weighted hits per thousand characters that give a score of 1 - 1/e (0.63).</summary>
    private const double DensityScale = 10;

    /// <summary>Texts shorter than this are judged as if they had this length, so one hit in a title does not make a theme.</summary>
    private const int MinimumLength = 300;

    private readonly string[] _ids;
    private readonly FrozenDictionary<char, Keyword[]> _byFirstChar;

    public ThemeTagger(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _ids = taxonomy.Themes.Select(t => t.Id).ToArray();
        var keywords = new Dictionary<string, List<(int Theme, double Weight)>>(StringComparer.Ordinal);
        for (var t = 0; t < taxonomy.Themes.Count; t++)
        {
            foreach (var (text, weight) in taxonomy.Themes[t].Keywords)
            {
                var folded = ScriptFolder.Fold(text.Trim());
                if (folded.Length == 0) continue;
                if (!keywords.TryGetValue(folded, out var list)) keywords[folded] = list = [];
                var existing = list.FindIndex(e => e.Theme == t);
                if (existing >= 0) list[existing] = (t, Math.Max(list[existing].Weight, weight));
                else list.Add((t, weight));
            }
        }

        _byFirstChar = keywords
            .Select(k => new Keyword(k.Key, k.Value.ToArray(), k.Key.All(char.IsAscii)))
            .GroupBy(k => k.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Text.Length).ToArray());
    }

    /// <summary>Scores of the themes at or above <paramref name="threshold"/>, best first, at most <paramref name="topK"/>.</summary>
    /// <param name="foldedText">Text already folded with <see cref="ScriptFolder.Fold(string)"/>.</param>
    public IReadOnlyList<ThemeScore> Score(string foldedText, double threshold, int topK) =>
        Score(foldedText.AsSpan(), threshold, topK);

    /// <inheritdoc cref="Score(string, double, int)"/>
    public IReadOnlyList<ThemeScore> Score(ReadOnlySpan<char> foldedText, double threshold, int topK)
    {
        if (foldedText.IsEmpty)
        {
            return [];
        }

        var weights = Weigh(foldedText);
        var scale = Math.Max(EffectiveLength(foldedText), MinimumLength) / 1000.0;
        var scores = new List<ThemeScore>();
        for (var t = 0; t < _ids.Length; t++)
        {
            if (weights[t] <= 0) continue;
            var score = Math.Round(1 - Math.Exp(-weights[t] / scale / DensityScale), 3);
            if (score >= threshold)
            {
                scores.Add(new ThemeScore(_ids[t], score));
            }
        }

        return scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).Take(topK).ToList();
    }

    /// <summary>Weighted keyword hits per theme, in taxonomy order.</summary>
    internal double[] Weigh(ReadOnlySpan<char> text)
    {
        var weights = new double[_ids.Length];
        var i = 0;
        while (i < text.Length)
        {
            if (_byFirstChar.TryGetValue(text[i], out var candidates) && Match(text, i, candidates) is { } keyword)
            {
                foreach (var (theme, weight) in keyword.Themes) weights[theme] += weight;
                i += keyword.Text.Length;
            }
            else
            {
                i++;
            }
        }

        return weights;
    }

    private static Keyword? Match(ReadOnlySpan<char> text, int at, Keyword[] candidates)
    {
        foreach (var keyword in candidates)
        {
            if (!text[at..].StartsWith(keyword.Text, StringComparison.Ordinal)) continue;
            if (keyword.IsLatin && (IsWordChar(text, at - 1) || IsWordChar(text, at + keyword.Text.Length))) continue;
            return keyword;
        }

        return null;
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int index) => index >= 0 && index < text.Length && char.IsAsciiLetterOrDigit(text[index]);

    /// <summary>Length in Chinese-character equivalents: a Latin word counts as much as a Chinese word of 1.5 characters.</summary>
    private static double EffectiveLength(ReadOnlySpan<char> text)
    {
        double length = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (!inWord) length += 1.5;
                inWord = true;
                continue;
            }

            inWord = false;
            if (CjkChars.IsHan(c)) length++;
        }

        return length;
    }

    private sealed record Keyword(string Text, (int Theme, double Weight)[] Themes, bool IsLatin);
}
