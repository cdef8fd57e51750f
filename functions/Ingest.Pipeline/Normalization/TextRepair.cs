namespace Ingest.Pipeline.Normalization;

/// <summary>A change made to the text beyond routine clean-up, recorded so that nothing changes silently.</summary>
/// <param name="Start">Offset in the normalized text where the replacement stands.</param>
/// <param name="Original">The characters before repair.</param>
/// <param name="Replacement">The characters after repair.</param>
/// <param name="Method">How the replacement was found, e.g. "gbk-reencode-shift".</param>
public sealed record TextRepair(int Start, string Original, string Replacement, string Method);
