namespace Ingest.Pipeline.Normalization;

/// <summary>Role of a block of the normalized text.</summary>
public enum BlockKind
{
    Title,
    /// <summary>The author line (a bare name at the top, 作者：…, By …).</summary>
    Byline,
    Heading,
    Paragraph,
    /// <summary>Trailing metadata: contributor, source and responsible-editor lines.</summary>
    Trailer,
}
