using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Pipeline.State;

/// <summary>The facts about an indexed document that its detail view shows.</summary>
public sealed record DocumentSummary
{
    public required string Title { get; init; }
    public bool TitleIsDerived { get; init; }
    public string? Author { get; init; }
    public string? Editor { get; init; }
    public string? Contributor { get; init; }
    public string? Source { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public required string Language { get; init; }
    public required string Format { get; init; }
    public string? Encoding { get; init; }
    public double? EncodingConfidence { get; init; }
    public IReadOnlyList<string> Headings { get; init; } = [];
    public required QualityReport Quality { get; init; }
    public IReadOnlyList<EntitySummary> Entities { get; init; } = [];
    public IReadOnlyList<ThemeScore> Themes { get; init; } = [];
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];
}
