namespace Ingest.Pipeline.State;

/// <summary>An entity of a document with how often it is mentioned.</summary>
public sealed record EntitySummary(string Type, string Canonical, IReadOnlyList<string> Surfaces, int Count, string? Detail);
