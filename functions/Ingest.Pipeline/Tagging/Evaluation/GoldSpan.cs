using Ingest.Pipeline.Tagging.Entities;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>An annotated entity of a gold sentence: a type and a half-open character range.</summary>
public readonly record struct GoldSpan(EntityType Type, int Start, int End);
