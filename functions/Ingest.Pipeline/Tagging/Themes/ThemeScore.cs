namespace Ingest.Pipeline.Tagging.Themes;

/// <summary>How strongly a passage or article is about a theme of the taxonomy, 0 to 1.</summary>
public sealed record ThemeScore(string Id, double Score);
