using Ingest.Pipeline.Indexing;

namespace Ingest.Lucene.Tests;

/// <summary>Compares chunks by value, lists by their items (records compare list references).</summary>
internal sealed class ChunkComparer : IEqualityComparer<IndexedChunk>
{
    public static ChunkComparer Instance { get; } = new();

    public bool Equals(IndexedChunk? x, IndexedChunk? y) =>
        x is not null && y is not null && Normalize(x) == Normalize(y)
        && x.Persons.SequenceEqual(y.Persons) && x.Places.SequenceEqual(y.Places)
        && x.Organizations.SequenceEqual(y.Organizations) && x.Works.SequenceEqual(y.Works)
        && x.Events.SequenceEqual(y.Events) && x.Themes.SequenceEqual(y.Themes)
        && x.Entities.SequenceEqual(y.Entities) && x.ChunkThemes.SequenceEqual(y.ChunkThemes);

    public int GetHashCode(IndexedChunk obj) => obj.ChunkId.GetHashCode(StringComparison.Ordinal);

    private static IndexedChunk Normalize(IndexedChunk chunk) => chunk with
    {
        Persons = [],
        Places = [],
        Organizations = [],
        Works = [],
        Events = [],
        Themes = [],
        Entities = [],
        ChunkThemes = [],
    };
}
