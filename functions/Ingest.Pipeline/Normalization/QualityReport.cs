namespace Ingest.Pipeline.Normalization;

/// <summary>What normalization found wrong with the text, and what it did about it.</summary>
public sealed record QualityReport
{
    public static QualityReport Clean { get; } = new();

    public IReadOnlyList<MojibakeSpan> MojibakeSpans { get; init; } = [];
    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when an offset falls inside a garbled span; taggers skip such text.</summary>
    public bool IsGarbled(int start, int end)
    {
        foreach (var span in MojibakeSpans)
        {
            if (start < span.End && end > span.Start)
            {
                return true;
            }
        }

        return false;
    }
}
