namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>An article with the themes that count as agreeing with its editors' category.</summary>
/// <param name="Id">Article id, for reports.</param>
/// <param name="Category">The category label the source gave it.</param>
/// <param name="Text">Title and body.</param>
/// <param name="Expected">Theme ids that match the category (policy articles match several).</param>
public sealed record ThemeCase(string Id, string Category, string Text, IReadOnlyList<string> Expected);
