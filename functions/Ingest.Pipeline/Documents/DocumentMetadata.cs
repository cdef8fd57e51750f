namespace Ingest.Pipeline.Documents;

/// <summary>
/// Descriptive metadata of an article. Used both for what extraction inferred and for overrides
/// supplied by blob metadata or a sidecar <c>NAME.meta.json</c>; a non-null override wins.
/// </summary>
public sealed record DocumentMetadata
{
    public static DocumentMetadata Empty { get; } = new();

    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }

    /// <summary>Returns this metadata with every non-null value of <paramref name="overrides"/> applied.</summary>
    public DocumentMetadata OverrideWith(DocumentMetadata? overrides) => overrides is null ? this : new()
    {
        Title = overrides.Title ?? Title,
        Author = overrides.Author ?? Author,
        PublishedAt = overrides.PublishedAt ?? PublishedAt,
        Source = overrides.Source ?? Source,
        Language = overrides.Language ?? Language,
    };
}
