namespace Ingest.Pipeline.Normalization;

/// <summary>
/// A change to the text beyond routine clean-up, recorded so that nothing changes silently. Mojibake
/// repairs are suggestions: <see cref="Start"/> and <see cref="Length"/> locate the garbled
/// characters in <see cref="NormalizedDocument.Text"/>, which keeps them (see <c>MojibakeRepairer</c>).
/// </summary>
/// <param name="Start">Offset in the normalized text where the replacement stands.</param>
/// <param name="Original">The characters before repair.</param>
/// <param name="Replacement">The characters after repair.</param>
/// <param name="Method">How the replacement was found, e.g. "gbk-reencode-shift".</param>
public sealed record TextRepair(int Start, string Original, string Replacement, string Method)
{
    /// <summary>Length of <see cref="Original"/> in the normalized text.</summary>
    public int Length { get; init; } = Original.Length;

    /// <summary>0 to 1: how much of the replacement was recovered and how well it reads; U+FFFD marks characters that could not be.</summary>
    public double Confidence { get; init; }
}
