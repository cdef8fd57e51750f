using Ingest.Pipeline.Tagging.Segmentation;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// What the recognizers share for one text: the original characters (reported), the text folded to
/// Simplified (matched; same length, so offsets hold for both) and its words.
/// </summary>
internal sealed class EntityContext
{
    private readonly int[] _tokenStartingAt;
    private readonly int[] _tokenEndingAt;

    public EntityContext(string text, string folded, IReadOnlyList<WordToken> tokens, DateOnly? publishedAt)
    {
        Text = text;
        Folded = folded;
        Tokens = tokens;
        PublishedAt = publishedAt;
        _tokenStartingAt = new int[folded.Length + 1];
        _tokenEndingAt = new int[folded.Length + 1];
        Array.Fill(_tokenStartingAt, -1);
        Array.Fill(_tokenEndingAt, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            _tokenStartingAt[tokens[i].Start] = i;
            _tokenEndingAt[tokens[i].End] = i;
        }
    }

    public string Text { get; }
    public string Folded { get; }
    public IReadOnlyList<WordToken> Tokens { get; }
    public DateOnly? PublishedAt { get; }

    /// <summary>Index of the word that starts at <paramref name="offset"/>, or -1.</summary>
    public int TokenStartingAt(int offset) => offset >= 0 && offset < _tokenStartingAt.Length ? _tokenStartingAt[offset] : -1;

    /// <summary>Index of the word that ends at <paramref name="offset"/>, or -1.</summary>
    public int TokenEndingAt(int offset) => offset >= 0 && offset < _tokenEndingAt.Length ? _tokenEndingAt[offset] : -1;

    /// <summary>True when a word starts at <paramref name="offset"/> (or the text ends there).</summary>
    public bool IsWordStart(int offset) => offset == Folded.Length || TokenStartingAt(offset) >= 0;

    /// <summary>True when a word ends at <paramref name="offset"/> (or the text starts there).</summary>
    public bool IsWordEnd(int offset) => offset == 0 || TokenEndingAt(offset) >= 0;

    public string FoldedWord(WordToken token) => Folded.Substring(token.Start, token.Length);

    public Entity Create(EntityType type, int start, int end, string canonical, string? detail = null) =>
        new(type, Text[start..end], start, end, canonical, detail);
}
