namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>A mention of a named thing in the normalized text.</summary>
/// <param name="Type">What kind of thing.</param>
/// <param name="Text">The characters as they stand in the article.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Canonical">
/// The form facets count: Traditional and Simplified folded to Simplified and aliases merged
/// (廣東省, 廣東 and 广东 are all 广东); for dates, ISO 8601.
/// </param>
/// <param name="Detail">Extra facts where known: a place's level (country, province, city, county).</param>
public sealed record Entity(EntityType Type, string Text, int Start, int End, string Canonical, string? Detail = null);
