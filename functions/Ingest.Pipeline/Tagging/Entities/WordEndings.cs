using System.Collections.Frozen;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// A list of words indexed by their last character, longest first, so that finding which of a
/// hundred endings a word has, or which titles end at a position, costs a lookup and a few
/// comparisons instead of a scan of the whole list.
/// </summary>
internal sealed class WordEndings
{
    private readonly FrozenDictionary<char, string[]> _byLastChar;

    public WordEndings(IEnumerable<string> words)
    {
        _byLastChar = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)
            .GroupBy(w => w[^1])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
    }

    /// <summary>The longest listed word that <paramref name="text"/> ends with, or null.</summary>
    public string? LongestEnding(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_byLastChar.TryGetValue(text[^1], out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if (text.EndsWith(word, StringComparison.Ordinal)) return word;
        }

        return null;
    }

    /// <summary>Every listed word that <paramref name="text"/> ends with, longest first.</summary>
    public IEnumerable<string> Endings(string text, int end)
    {
        if (end <= 0 || !_byLastChar.TryGetValue(text[end - 1], out var candidates))
        {
            yield break;
        }

        foreach (var word in candidates)
        {
            if (word.Length <= end && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0) yield return word;
        }
    }
}
