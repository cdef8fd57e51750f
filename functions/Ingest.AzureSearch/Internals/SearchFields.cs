using Ingest.Pipeline.Query;

namespace Ingest.AzureSearch.Internals;

/// <summary>Names of the index fields (see <see cref="IndexDefinition"/> for their attributes).</summary>
internal static class SearchFields
{
    /// <summary>The document key: the chunk id in URL-safe base64, because keys allow only letters, digits, '-', '_' and '=' and chunk ids contain '#'.</summary>
    public const string Key = "id";

    public const string ChunkId = "chunkId";
    public const string DocumentId = "documentId";
    public const string Ordinal = "ordinal";
    public const string Path = "path";
    public const string Title = "title";
    public const string Section = "section";
    public const string Text = "text";
    public const string TitleFolded = "titleFolded";
    public const string SectionFolded = "sectionFolded";
    public const string TextFolded = "textFolded";
    public const string Start = "start";
    public const string End = "end";
    public const string PublishedAt = "publishedAt";
    public const string Source = "source";
    public const string Language = "language";
    public const string Persons = "persons";
    public const string Places = "places";
    public const string Organizations = "organizations";
    public const string Works = "works";
    public const string Events = "events";
    public const string Themes = "themes";
    public const string Entities = "entities";
    public const string ChunkThemes = "chunkThemes";
    public const string ContentHash = "contentHash";
    public const string PipelineVersion = "pipelineVersion";

    /// <summary>The name of the default scoring profile that weights title over section over text, as the Lucene adapter boosts them.</summary>
    public const string ScoringProfile = "passages";

    /// <summary>Searched fields: the folded copies, so Traditional and Simplified meet.</summary>
    public static IReadOnlyList<string> Searched { get; } = [TitleFolded, SectionFolded, TextFolded];

    /// <summary>Fields a hit needs.</summary>
    public static IReadOnlyList<string> HitFields { get; } =
        [ChunkId, DocumentId, Ordinal, Path, Title, Section, Text, PublishedAt, Source, Language, Entities, ChunkThemes];

    /// <summary>Every retrievable field, for reading chunks back.</summary>
    public static IReadOnlyList<string> ChunkFields { get; } =
        [ChunkId, DocumentId, Ordinal, Path, Title, Section, Text, Start, End, PublishedAt, Source, Language, Persons, Places, Organizations, Works, Events, Themes, Entities, ChunkThemes, ContentHash, PipelineVersion];

    public static bool IsCollection(FacetField field) => field is not (FacetField.Language or FacetField.Source);

    /// <summary>The field behind a filter or facet.</summary>
    public static string Of(FacetField field) => field switch
    {
        FacetField.Theme => Themes,
        FacetField.Person => Persons,
        FacetField.Place => Places,
        FacetField.Organization => Organizations,
        FacetField.Work => Works,
        FacetField.Event => Events,
        FacetField.Language => Language,
        FacetField.Source => Source,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown facet field."),
    };
}
