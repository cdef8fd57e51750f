namespace Ingest.Pipeline.Extraction;

/// <summary>One block of extracted text.</summary>
/// <param name="Kind">Role of the block.</param>
/// <param name="Text">Raw text of the block, before normalization.</param>
/// <param name="Level">Heading level (1 for the top) for headings; 0 otherwise.</param>
public sealed record TextBlock(TextBlockKind Kind, string Text, int Level = 0)
{
    /// <summary>
    /// For plain text, one line per block: true when a blank line stood before this line. A line
    /// break without a blank line may be layout (a hard-wrapped file), which normalization re-joins.
    /// </summary>
    public bool AfterBlankLine { get; init; }

    /// <summary>Page number (1-based) for paged formats (PDF); 0 where the format has no pages.</summary>
    public int Page { get; init; }
}
