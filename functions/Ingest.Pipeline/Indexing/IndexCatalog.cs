using System.Text.Json.Serialization;

namespace Ingest.Pipeline.Indexing;

/// <summary>
/// Which generations of the search index exist and what each is for. Queries read
/// <see cref="Active"/>; writes go to <see cref="Active"/> and, while a full re-index builds one,
/// to <see cref="Building"/>; <see cref="Previous"/> is the generation a switch replaced, kept
/// for a rollback.
/// </summary>
public sealed record IndexCatalog
{
    /// <summary>The catalog of an installation that never switched: generation 1 active, nothing else.</summary>
    public static IndexCatalog Initial { get; } = new() { Active = 1 };

    public required int Active { get; init; }

    /// <summary>The generation a full re-index is filling, side by side with the active one.</summary>
    public int? Building { get; init; }

    /// <summary>The re-index run that builds <see cref="Building"/>.</summary>
    public string? BuildingRunId { get; init; }

    /// <summary>The generation that was active before the last switch or rollback.</summary>
    public int? Previous { get; init; }

    /// <summary>When the last switch or rollback made <see cref="Active"/> active.</summary>
    public DateTimeOffset? SwitchedAt { get; init; }

    /// <summary>Every generation that receives writes: the active one and the one being built.</summary>
    [JsonIgnore]
    public IEnumerable<int> Writable => Building is { } building ? [Active, building] : [Active];

    /// <summary>The number the next generation gets: higher than any that exists.</summary>
    [JsonIgnore]
    public int Next => Math.Max(Active, Math.Max(Building ?? 0, Previous ?? 0)) + 1;
}
