using Ingest.Pipeline.Query;

namespace Ingest.Lucene.Mapping;

/// <summary>Names of the Lucene fields of a chunk document.</summary>
internal static class FieldNames
{
    /// <summary>Unique per chunk: StringField, stored, and binary doc values for listing.</summary>
    public const string ChunkId = "chunkId";

    /// <summary>The delete key of a document's chunks: StringField, stored, sorted doc values for collapsing.</summary>
    public const string DocumentId = "documentId";

    public const string Ordinal = "ordinal";
    public const string Path = "path";
    public const string Title = "title";
    public const string Section = "section";
    public const string Text = "text";
    public const string Start = "start";
    public const string End = "end";

    /// <summary>Stored ISO date (yyyy-MM-dd), for display.</summary>
    public const string PublishedAt = "publishedAt";

    /// <summary>The date as the integer yyyymmdd: indexed for range filters, numeric doc values for sorting.</summary>
    public const string PublishedDay = "publishedDay";

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

    /// <summary>The analyzed fields a query searches, with their boosts.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Searched { get; } = [(Title, 2f), (Section, 1.5f), (Text, 1f)];

    /// <summary>The keyword field behind a filter or facet.</summary>
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
