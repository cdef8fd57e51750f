namespace Ingest.Pipeline.Indexing;

/// <summary>An entity mentioned in a passage, as shown with a search hit.</summary>
/// <param name="Type">person, place, organization, work, date or event.</param>
/// <param name="Text">The characters as they stand.</param>
/// <param name="Canonical">The folded, alias-merged form that facets count.</param>
public sealed record ChunkEntity(string Type, string Text, string Canonical);
