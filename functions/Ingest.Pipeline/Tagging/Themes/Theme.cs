namespace Ingest.Pipeline.Tagging.Themes;

/// <summary>One theme of the taxonomy.</summary>
public sealed record Theme
{
    public required string Id { get; init; }
    public required ThemeLabels Labels { get; init; }

    /// <summary>Keywords with weights, in either script (matching folds both to one).</summary>
    public required IReadOnlyDictionary<string, double> Keywords { get; init; }
}
