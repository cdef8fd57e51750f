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
    /// <summary>Metadata lines under the title: source, publication date, place (来源：…, 2021-05-13 10:20).</summary>
    Dateline,
}
