namespace Ingest.Pipeline.Chunking;

/// <summary>A half-open range [Start, End) of the normalized text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
