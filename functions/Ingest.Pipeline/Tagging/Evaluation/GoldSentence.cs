namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>A sentence of a gold file with its annotated entities.</summary>
public sealed record GoldSentence(string Text, IReadOnlyList<GoldSpan> Entities);
