using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Normalization;

/// <summary>
/// Character and character-pair counts of one document, Traditional folded to Simplified, used to
/// guess a character that lost a byte: the document's own vocabulary is the only character
/// statistics the pipeline carries, and neighbours in the document (上 before 海) outweigh plain frequency.
/// </summary>
internal sealed class DocumentCharacters(string text)
{
    private const int PairWeight = 10;
    private readonly string _folded = ScriptFolder.ToSimplified(text);
    private readonly Dictionary<char, int> _counts = Count(ScriptFolder.ToSimplified(text));

    /// <summary>The candidate that clearly best fits between <paramref name="previous"/> and <paramref name="next"/>, or U+FFFD.</summary>
    public char Guess(IEnumerable<char> candidates, char previous, char next)
    {
        var foldedPrevious = ScriptFolder.Fold(previous);
        var foldedNext = ScriptFolder.Fold(next);
        var scored = candidates
            .Select(c => (Char: c, Score: _counts.GetValueOrDefault(ScriptFolder.Fold(c)) + PairWeight * (Pairs(foldedPrevious, ScriptFolder.Fold(c)) + Pairs(ScriptFolder.Fold(c), foldedNext))))
            .OrderByDescending(s => s.Score)
            .Take(2)
            .ToList();
        if (scored.Count == 0 || scored[0].Score < 3 || (scored.Count > 1 && scored[0].Score < 2 * scored[1].Score))
        {
            return '\uFFFD';
        }

        return scored[0].Char;
    }

    /// <summary>How often the document uses <paramref name="c"/> (folded to Simplified).</summary>
    public int Count(char c) => _counts.GetValueOrDefault(ScriptFolder.Fold(c));

    private int Pairs(char first, char second)
    {
        if (first == '\0' || second == '\0') return 0;
        var count = 0;
        ReadOnlySpan<char> pair = [first, second];
        var span = _folded.AsSpan();
        int index;
        while ((index = span.IndexOf(pair)) >= 0)
        {
            count++;
            span = span[(index + 1)..];
        }

        return count;
    }

    private static Dictionary<char, int> Count(string folded)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in folded)
        {
            if (CjkChars.IsHan(c) || CjkChars.IsCjkPunctuation(c)) counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        return counts;
    }
}
