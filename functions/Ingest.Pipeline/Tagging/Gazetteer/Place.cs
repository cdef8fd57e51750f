namespace Ingest.Pipeline.Tagging.Gazetteer;

/// <summary>One surface name of a place and what it resolves to.</summary>
/// <param name="Name">The surface form, folded to Simplified (as looked up).</param>
/// <param name="Canonical">Short display name in Simplified, shared by all names of the place (广东省 and 广东 → 广东).</param>
/// <param name="Level">Administrative level.</param>
/// <param name="Parent">Canonical name of the province the place lies in; empty for countries and provinces.</param>
public sealed record Place(string Name, string Canonical, PlaceLevel Level, string Parent);
