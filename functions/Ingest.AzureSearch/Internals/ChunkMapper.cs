using System.Text.Json;
using Azure.Search.Documents.Models;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Ingest.Pipeline.Text;

namespace Ingest.AzureSearch.Internals;

/// <summary>Maps a chunk to its search document and back (see <see cref="IndexDefinition"/> for the fields).</summary>
internal static class ChunkMapper
{
    public static SearchDocument ToDocument(IndexedChunk chunk) => new()
    {
        [SearchFields.Key] = ChunkKey.From(chunk.ChunkId),
        [SearchFields.ChunkId] = chunk.ChunkId,
        [SearchFields.DocumentId] = chunk.DocumentId,
        [SearchFields.Ordinal] = chunk.Ordinal,
        [SearchFields.Path] = chunk.Path,
        [SearchFields.Title] = chunk.Title,
        [SearchFields.Section] = chunk.Section,
        [SearchFields.Text] = chunk.Text,
        [SearchFields.TitleFolded] = ScriptFolder.Fold(chunk.Title),
        [SearchFields.SectionFolded] = ScriptFolder.Fold(chunk.Section),
        [SearchFields.TextFolded] = ScriptFolder.Fold(chunk.Text),
        [SearchFields.Start] = chunk.Start,
        [SearchFields.End] = chunk.End,
        [SearchFields.PublishedAt] = chunk.PublishedAt is { } date ? new DateTimeOffset(date, TimeOnly.MinValue, TimeSpan.Zero) : null,
        [SearchFields.Source] = chunk.Source,
        [SearchFields.Language] = chunk.Language,
        [SearchFields.Persons] = chunk.Persons.ToArray(),
        [SearchFields.Places] = chunk.Places.ToArray(),
        [SearchFields.Organizations] = chunk.Organizations.ToArray(),
        [SearchFields.Works] = chunk.Works.ToArray(),
        [SearchFields.Events] = chunk.Events.ToArray(),
        [SearchFields.Themes] = chunk.Themes.ToArray(),
        [SearchFields.Entities] = JsonSerializer.Serialize(chunk.Entities, StoredJsonContext.Default.IReadOnlyListChunkEntity),
        [SearchFields.ChunkThemes] = JsonSerializer.Serialize(chunk.ChunkThemes, StoredJsonContext.Default.IReadOnlyListChunkTheme),
        [SearchFields.ContentHash] = chunk.ContentHash,
        [SearchFields.PipelineVersion] = chunk.PipelineVersion,
    };

    public static IndexedChunk ToChunk(SearchDocument document) => new()
    {
        ChunkId = String(document, SearchFields.ChunkId),
        DocumentId = String(document, SearchFields.DocumentId),
        Ordinal = Int(document, SearchFields.Ordinal),
        Path = String(document, SearchFields.Path),
        Title = String(document, SearchFields.Title),
        Section = String(document, SearchFields.Section),
        Text = String(document, SearchFields.Text),
        Start = Int(document, SearchFields.Start),
        End = Int(document, SearchFields.End),
        PublishedAt = Date(document),
        Source = OptionalString(document, SearchFields.Source),
        Language = String(document, SearchFields.Language),
        Persons = Strings(document, SearchFields.Persons),
        Places = Strings(document, SearchFields.Places),
        Organizations = Strings(document, SearchFields.Organizations),
        Works = Strings(document, SearchFields.Works),
        Events = Strings(document, SearchFields.Events),
        Themes = Strings(document, SearchFields.Themes),
        Entities = Entities(document),
        ChunkThemes = Themes(document),
        ContentHash = String(document, SearchFields.ContentHash),
        PipelineVersion = String(document, SearchFields.PipelineVersion),
    };

    public static SearchHit ToHit(SearchDocument document, string snippet, double score) => new()
    {
        DocumentId = String(document, SearchFields.DocumentId),
        ChunkId = String(document, SearchFields.ChunkId),
        Title = String(document, SearchFields.Title),
        Section = String(document, SearchFields.Section),
        Snippet = snippet,
        Score = score,
        PublishedAt = Date(document),
        Source = OptionalString(document, SearchFields.Source),
        Path = String(document, SearchFields.Path),
        Language = String(document, SearchFields.Language),
        Entities = Entities(document),
        Themes = Themes(document),
    };

    public static string String(SearchDocument document, string field) => OptionalString(document, field) ?? string.Empty;

    public static string? OptionalString(SearchDocument document, string field) =>
        document.TryGetValue(field, out var value) && value is not null ? value.ToString() : null;

    public static int Int(SearchDocument document, string field) =>
        document.TryGetValue(field, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    public static IReadOnlyList<string> Strings(SearchDocument document, string field) =>
        document.TryGetValue(field, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.Cast<object?>().Where(v => v is not null).Select(v => v!.ToString()!).ToList()
            : [];

    /// <summary>The publication date; the SDK hands Edm.DateTimeOffset back as DateTimeOffset or, untyped, as its ISO string.</summary>
    public static DateOnly? Date(SearchDocument document) =>
        document.TryGetValue(SearchFields.PublishedAt, out var value) ? value switch
        {
            DateTimeOffset date => DateOnly.FromDateTime(date.UtcDateTime),
            string text when DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) => DateOnly.FromDateTime(parsed.UtcDateTime),
            _ => null,
        } : null;

    public static IReadOnlyList<string> Tags(SearchDocument document, FacetField field) =>
        SearchFields.IsCollection(field)
            ? Strings(document, SearchFields.Of(field))
            : OptionalString(document, SearchFields.Of(field)) is { Length: > 0 } single ? [single] : [];

    private static IReadOnlyList<ChunkEntity> Entities(SearchDocument document) =>
        OptionalString(document, SearchFields.Entities) is { Length: > 0 } json
            ? JsonSerializer.Deserialize(json, StoredJsonContext.Default.IReadOnlyListChunkEntity) ?? []
            : [];

    private static IReadOnlyList<ChunkTheme> Themes(SearchDocument document) =>
        OptionalString(document, SearchFields.ChunkThemes) is { Length: > 0 } json
            ? JsonSerializer.Deserialize(json, StoredJsonContext.Default.IReadOnlyListChunkTheme) ?? []
            : [];
}
