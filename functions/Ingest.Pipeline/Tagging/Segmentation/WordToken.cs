namespace Ingest.Pipeline.Tagging.Segmentation;

/// <summary>A word of segmented text with its part-of-speech tag.</summary>
/// <param name="Start">Offset of the first character in the segmented text (UTF-16 code units).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Pos">
/// Part-of-speech tag of the ICTCLAS set that jieba uses: <c>nr</c> person name, <c>nrt</c>
/// transliterated name, <c>nrfg</c> other name, <c>ns</c> place, <c>nt</c> organization,
/// <c>nz</c> other proper noun, <c>n</c> noun, <c>v</c> verb, <c>x</c> punctuation or other.
/// </param>
internal readonly record struct WordToken(int Start, int Length, string Pos)
{
    public int End => Start + Length;
}
