namespace Ingest.Pipeline.Chunking;

/// <summary>
/// Tokenizer that measures chunks in tokens. The vocabularies ship inside NuGet packages
/// (Microsoft.ML.Tokenizers.Data.*), so nothing is downloaded at run time.
/// </summary>
public enum ChunkTokenizer
{
    /// <summary>No token counts; the budget is in characters only.</summary>
    None,

    /// <summary>cl100k_base: GPT-4, GPT-3.5 and the text-embedding-3 and ada-002 embedding models.</summary>
    Cl100kBase,

    /// <summary>o200k_base: GPT-4o and later models.</summary>
    O200kBase,
}
