using Microsoft.ML.Tokenizers;

namespace Ingest.Pipeline.Chunking;

/// <summary>
/// The tiktoken tokenizers, loaded once per process from the vocabulary packages
/// (Microsoft.ML.Tokenizers.Data.Cl100kBase and .O200kBase): loading one takes a noticeable
/// fraction of a second and the result is immutable and thread-safe.
/// </summary>
internal static class TokenizerCache
{
    private static readonly Lazy<Tokenizer> Cl100kBase = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));
    private static readonly Lazy<Tokenizer> O200kBase = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static Tokenizer? Get(ChunkTokenizer tokenizer) => tokenizer switch
    {
        ChunkTokenizer.None => null,
        ChunkTokenizer.Cl100kBase => Cl100kBase.Value,
        ChunkTokenizer.O200kBase => O200kBase.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(tokenizer), tokenizer, "Unknown tokenizer."),
    };
}
