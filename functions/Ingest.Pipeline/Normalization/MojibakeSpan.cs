namespace Ingest.Pipeline.Normalization;

/// <summary>A span of garbled text (mojibake) in the normalized text.</summary>
/// <param name="Start">Offset of the first garbled character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Text">The garbled characters as they stand.</param>
/// <param name="Confidence">0 to 1: how sure the detector is that this is garbled, not rare but real text.</param>
/// <param name="Evidence">What gave it away, e.g. "replacement-char", "question-mark-in-cjk", "rare-char-run".</param>
public sealed record MojibakeSpan(int Start, int Length, string Text, double Confidence, string Evidence)
{
    public int End => Start + Length;
}
