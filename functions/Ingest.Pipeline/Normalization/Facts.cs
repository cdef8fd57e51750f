namespace Ingest.Pipeline.Normalization;

/// <summary>What the text itself says about the article (bylines, datelines, trailers), collected while reading its structure.</summary>
internal sealed class Facts
{
    public string? Author { get; set; }
    public string? Editor { get; set; }
    public string? Contributor { get; set; }
    public string? Source { get; set; }
    public DateOnly? PublishedAt { get; set; }
}
