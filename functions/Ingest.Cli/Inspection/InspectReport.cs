using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.State;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Cli.Inspection;

/// <summary>
/// The stable JSON form of <c>ingest inspect --json</c> (documented in the README). Fields are
/// only ever added, never renamed or removed.
/// </summary>
public sealed record InspectReport
{
    public required string File { get; init; }
    public required string DocumentId { get; init; }
    public required string Status { get; init; }
    public string? FailureReason { get; init; }
    public string? FailureMessage { get; init; }
    public string? Format { get; init; }
    public InspectEncoding? Encoding { get; init; }
    public string? Script { get; init; }
    public InspectMetadata? Metadata { get; init; }
    public IReadOnlyList<InspectBlock> Outline { get; init; } = [];
    public QualityReport? Quality { get; init; }
    public IReadOnlyList<InspectChunk> Chunks { get; init; } = [];
    public IReadOnlyList<EntitySummary> Entities { get; init; } = [];
    public IReadOnlyList<ThemeScore> Themes { get; init; } = [];
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];
    public string? PipelineVersion { get; init; }
}

public sealed record InspectEncoding(string Name, double Confidence, string Method);

public sealed record InspectMetadata(string Title, bool TitleIsDerived, string? Author, string? Editor, string? Contributor, string? Source, DateOnly? PublishedAt);

/// <summary>One block of the outline: its kind, section, offsets and text.</summary>
public sealed record InspectBlock(string Kind, int Section, int Start, int End, string Text);

public sealed record InspectChunk(string Id, int Ordinal, string Section, int Start, int End, int OverlapLength, int Chars, int? Tokens, string Text);
