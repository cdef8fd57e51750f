namespace Ingest.Pipeline.Normalization;

/// <summary>A cleaned block on its way to layout: its role, its text and its heading level.</summary>
internal sealed record Line(BlockKind Kind, string Text, int Level);
