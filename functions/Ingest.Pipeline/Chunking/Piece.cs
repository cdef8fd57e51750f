namespace Ingest.Pipeline.Chunking;

/// <summary>
/// The unit chunks are built from: a sentence, or a fragment of a sentence over the budget.
/// <paramref name="Break"/> says what its end is; <paramref name="Tokens"/> is its own token count
/// (0 when no tokenizer is configured).
/// </summary>
internal readonly record struct Piece(int Start, int End, BreakKind Break, int Tokens)
{
    public int Length => End - Start;
}
