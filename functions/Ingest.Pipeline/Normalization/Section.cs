namespace Ingest.Pipeline.Normalization;

/// <summary>A section of the article. Section 0 is the lead before the first heading and has no heading.</summary>
/// <param name="Index">Position among the sections.</param>
/// <param name="Path">Heading chain from the top level down to this section; empty for the lead.</param>
public sealed record Section(int Index, IReadOnlyList<string> Path)
{
    public string? Heading => Path.Count == 0 ? null : Path[^1];
}
