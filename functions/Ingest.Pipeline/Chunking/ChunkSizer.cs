using Microsoft.ML.Tokenizers;

namespace Ingest.Pipeline.Chunking;

/// <summary>Measures spans of one document against the budget: characters always, tokens when configured.</summary>
internal sealed class ChunkSizer(string text, int maxChars, int? maxTokens, Tokenizer? tokenizer)
{
    public string Text { get; } = text;

    public int MaxChars { get; } = maxChars;

    /// <summary>The token budget, or null when passages are measured in characters only.</summary>
    public int? MaxTokens { get; } = tokenizer is null ? null : maxTokens;

    public bool CountsTokens => tokenizer is not null;

    /// <summary>Tokens in [start, end); 0 without a tokenizer.</summary>
    public int Tokens(int start, int end) => tokenizer?.CountTokens(Text.AsSpan(start, end - start)) ?? 0;

    /// <summary>
    /// Tokens in [start, end) when there is a token budget, else 0: pieces are only counted when
    /// the planner needs their sizes, because tokenizing costs far more than chunking.
    /// </summary>
    public int BudgetTokens(int start, int end) => MaxTokens is null ? 0 : Tokens(start, end);

    /// <summary>Whether [start, end), of <paramref name="tokens"/> tokens, is within the budget.</summary>
    public bool Fits(int start, int end, int tokens) => end - start <= MaxChars && (MaxTokens is not { } max || tokens <= max);

    /// <summary>Whether [start, end) is within the budget, counting its tokens when there is a token budget.</summary>
    public bool Fits(int start, int end) => end - start <= MaxChars && (MaxTokens is not { } max || Tokens(start, end) <= max);

    /// <summary>
    /// The end of the longest prefix of [start, end) within the budget: the last resort for text
    /// with no punctuation or space in reach. Never splits a surrogate pair; always advances.
    /// </summary>
    public int LongestFit(int start, int end)
    {
        var cut = Math.Min(end, start + MaxChars);
        if (MaxTokens is { } max && tokenizer is not null)
        {
            var index = tokenizer.GetIndexByTokenCount(Text.AsSpan(start, cut - start), max, out _, out _);
            cut = start + Math.Max(index, 1);
        }

        if (cut < end && char.IsLowSurrogate(Text[cut]) && cut - 1 > start)
        {
            cut--;
        }

        return cut;
    }
}
