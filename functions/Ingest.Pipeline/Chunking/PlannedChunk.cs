namespace Ingest.Pipeline.Chunking;

/// <summary>
/// A chunk as the planner chose it, in piece indexes: [<paramref name="OverlapFrom"/>, <paramref name="From"/>)
/// repeated from the previous chunk, [<paramref name="From"/>, <paramref name="To"/>) new.
/// <paramref name="Tokens"/> is its exact token count (0 without a tokenizer).
/// </summary>
internal readonly record struct PlannedChunk(int OverlapFrom, int From, int To, int Tokens);
