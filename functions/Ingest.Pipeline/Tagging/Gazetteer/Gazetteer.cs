using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Gazetteer;

/// <summary>
/// Place names of China (provinces, prefectures, counties, Hong Kong, Macau, Taiwan), countries,
/// world regions and large cities abroad, from the generated Data/places.tsv (see Data/README.md). Names are stored
/// folded to Simplified, so callers look up text folded with <see cref="ScriptFolder.Fold(string)"/>.
/// Immutable after construction and safe to share across threads.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => new Gazetteer(Load()));

    private readonly FrozenDictionary<string, Place> byName;
    private readonly FrozenDictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    internal Gazetteer(IEnumerable<Place> places)
    {
        byName = places.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameLength = byName.Count == 0 ? 0 : byName.Keys.Max(k => k.Length);
    }

    /// <summary>The gazetteer built from the embedded data, loaded once on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Length of the longest name, bounding the window a longest-match scan needs to try.</summary>
    public int MaxNameLength { get; }

    /// <summary>Number of names.</summary>
    public int Count => byName.Count;

    /// <summary>Looks up an exact, already folded name without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> foldedName, [MaybeNullWhen(false)] out Place place) =>
        bySpan.TryGetValue(foldedName, out place);

    private static IEnumerable<Place> Load() =>
        EmbeddedTsv.Read("places.tsv").Select(fields => new Place(
            Name: fields[0],
            Canonical: fields[1],
            Level: ParseLevel(fields[2]),
            Parent: fields.Length > 3 ? fields[3] : string.Empty));

    private static PlaceLevel ParseLevel(string level) => level switch
    {
        "region" => PlaceLevel.Region,
        "country" => PlaceLevel.Country,
        "province" => PlaceLevel.Province,
        "city" => PlaceLevel.City,
        "county" => PlaceLevel.County,
        _ => throw new InvalidDataException($"places.tsv: unknown level '{level}'."),
    };
}
