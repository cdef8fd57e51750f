namespace Ingest.Pipeline.Normalization;

/// <summary>A block of the normalized text, located by offsets (UTF-16 code units) into <see cref="NormalizedDocument.Text"/>.</summary>
/// <param name="Kind">Role of the block.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="SectionIndex">Index into <see cref="NormalizedDocument.Sections"/>.</param>
public sealed record NormalizedBlock(BlockKind Kind, int Start, int Length, int SectionIndex)
{
    public int End => Start + Length;
}
