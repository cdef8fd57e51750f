using System.Globalization;
using System.Text.Json;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Ingest.Lucene.Mapping;

/// <summary>Maps a chunk to its Lucene document and back (see <see cref="FieldNames"/> for the field layout).</summary>
internal static class ChunkDocumentMapper
{
    private static readonly (string Field, Func<IndexedChunk, IReadOnlyList<string>> Values)[] TagFields =
    [
        (FieldNames.Persons, c => c.Persons),
        (FieldNames.Places, c => c.Places),
        (FieldNames.Organizations, c => c.Organizations),
        (FieldNames.Works, c => c.Works),
        (FieldNames.Events, c => c.Events),
        (FieldNames.Themes, c => c.Themes),
    ];

    public static Document ToDocument(IndexedChunk chunk)
    {
        var document = new Document
        {
            new StringField(FieldNames.ChunkId, chunk.ChunkId, Field.Store.YES),
            new BinaryDocValuesField(FieldNames.ChunkId, new BytesRef(chunk.ChunkId)),
            new StringField(FieldNames.DocumentId, chunk.DocumentId, Field.Store.YES),
            new SortedDocValuesField(FieldNames.DocumentId, new BytesRef(chunk.DocumentId)),
            new StoredField(FieldNames.Ordinal, chunk.Ordinal),
            new NumericDocValuesField(FieldNames.Ordinal, chunk.Ordinal),
            new StoredField(FieldNames.Path, chunk.Path),
            new TextField(FieldNames.Title, chunk.Title, Field.Store.YES),
            new TextField(FieldNames.Section, chunk.Section, Field.Store.YES),
            new TextField(FieldNames.Text, chunk.Text, Field.Store.YES),
            new StoredField(FieldNames.Start, chunk.Start),
            new StoredField(FieldNames.End, chunk.End),
            new StoredField(FieldNames.ContentHash, chunk.ContentHash),
            new SortedDocValuesField(FieldNames.ContentHash, new BytesRef(chunk.ContentHash)),
            new StoredField(FieldNames.PipelineVersion, chunk.PipelineVersion),
            new SortedDocValuesField(FieldNames.PipelineVersion, new BytesRef(chunk.PipelineVersion)),
        };

        if (chunk.PublishedAt is { } date)
        {
            var day = PublishedDay.From(date);
            document.Add(new StoredField(FieldNames.PublishedAt, date.ToString(PublishedDay.IsoFormat, CultureInfo.InvariantCulture)));
            document.Add(new Int32Field(FieldNames.PublishedDay, day, Field.Store.NO));
            document.Add(new NumericDocValuesField(FieldNames.PublishedDay, day));
        }

        AddKeyword(document, FieldNames.Language, chunk.Language);
        AddKeyword(document, FieldNames.Source, chunk.Source);
        foreach (var (field, values) in TagFields)
        {
            foreach (var value in values(chunk))
            {
                AddKeyword(document, field, value);
            }
        }

        if (chunk.Entities.Count > 0)
        {
            document.Add(new StoredField(FieldNames.Entities, JsonSerializer.Serialize(chunk.Entities, StoredJsonContext.Default.IReadOnlyListChunkEntity)));
        }

        if (chunk.ChunkThemes.Count > 0)
        {
            document.Add(new StoredField(FieldNames.ChunkThemes, JsonSerializer.Serialize(chunk.ChunkThemes, StoredJsonContext.Default.IReadOnlyListChunkTheme)));
        }

        return document;
    }

    public static IndexedChunk ToChunk(Document document) => new()
    {
        ChunkId = document.Get(FieldNames.ChunkId),
        DocumentId = document.Get(FieldNames.DocumentId),
        Ordinal = document.GetField(FieldNames.Ordinal)?.GetInt32Value() ?? 0,
        Path = document.Get(FieldNames.Path) ?? string.Empty,
        Title = document.Get(FieldNames.Title) ?? string.Empty,
        Section = document.Get(FieldNames.Section) ?? string.Empty,
        Text = document.Get(FieldNames.Text) ?? string.Empty,
        Start = document.GetField(FieldNames.Start)?.GetInt32Value() ?? 0,
        End = document.GetField(FieldNames.End)?.GetInt32Value() ?? 0,
        PublishedAt = ReadDate(document),
        Source = document.Get(FieldNames.Source),
        Language = document.Get(FieldNames.Language) ?? string.Empty,
        Persons = document.GetValues(FieldNames.Persons),
        Places = document.GetValues(FieldNames.Places),
        Organizations = document.GetValues(FieldNames.Organizations),
        Works = document.GetValues(FieldNames.Works),
        Events = document.GetValues(FieldNames.Events),
        Themes = document.GetValues(FieldNames.Themes),
        Entities = ReadEntities(document),
        ChunkThemes = ReadThemes(document),
        ContentHash = document.Get(FieldNames.ContentHash) ?? string.Empty,
        PipelineVersion = document.Get(FieldNames.PipelineVersion) ?? string.Empty,
    };

    public static SearchHit ToHit(Document document, string snippet, float score) => new()
    {
        DocumentId = document.Get(FieldNames.DocumentId),
        ChunkId = document.Get(FieldNames.ChunkId),
        Title = document.Get(FieldNames.Title) ?? string.Empty,
        Section = document.Get(FieldNames.Section) ?? string.Empty,
        Snippet = snippet,
        Score = float.IsNaN(score) ? 0 : score,
        PublishedAt = ReadDate(document),
        Source = document.Get(FieldNames.Source),
        Path = document.Get(FieldNames.Path) ?? string.Empty,
        Language = document.Get(FieldNames.Language) ?? string.Empty,
        Entities = ReadEntities(document),
        Themes = ReadThemes(document),
    };

    /// <summary>
    /// A keyword: indexed untokenized for exact-term filters, and sorted-set doc values for facet
    /// counting without reading stored fields. Empty values are left out.
    /// </summary>
    private static void AddKeyword(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static DateOnly? ReadDate(Document document) =>
        DateOnly.TryParseExact(document.Get(FieldNames.PublishedAt), PublishedDay.IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static IReadOnlyList<ChunkEntity> ReadEntities(Document document) =>
        document.Get(FieldNames.Entities) is { } json
            ? JsonSerializer.Deserialize(json, StoredJsonContext.Default.IReadOnlyListChunkEntity) ?? []
            : [];

    private static IReadOnlyList<ChunkTheme> ReadThemes(Document document) =>
        document.Get(FieldNames.ChunkThemes) is { } json
            ? JsonSerializer.Deserialize(json, StoredJsonContext.Default.IReadOnlyListChunkTheme) ?? []
            : [];
}
