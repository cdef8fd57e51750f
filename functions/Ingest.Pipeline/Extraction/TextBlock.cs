namespace Ingest.Pipeline.Extraction;

/// <summary>One block of extracted text.</summary>
/// <param name="Kind">Role of the block.</param>
/// <param name="Text">Raw text of the block, before normalization.</param>
/// <param name="Level">Heading level (1 for the top) for headings; 0 otherwise.</param>
public sealed record TextBlock(TextBlockKind Kind, string Text, int Level = 0);
