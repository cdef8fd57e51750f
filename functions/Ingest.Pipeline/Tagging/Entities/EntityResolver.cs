namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Chooses among overlapping proposals. Works (titles in 《》) form a layer of their own, since
/// anything may be named inside a title. Among the rest, higher <see cref="Priority"/> wins, then
/// the longer span, then the earlier one; places lose to every other kind, but the gazetteer names
/// inside a winning organization, work or event are kept as places as well (浙江 in 浙江省委), so
/// that facets see the place.
/// </summary>
internal static class EntityResolver
{
    public static List<Entity> Resolve(IEnumerable<Entity> works, IEnumerable<Candidate> candidates)
    {
        var accepted = new List<Entity>(works);
        var taken = new List<Entity>();
        foreach (var candidate in candidates
                     .OrderByDescending(c => c.Type == EntityType.Place ? 0 : 1)
                     .ThenByDescending(c => c.Priority)
                     .ThenByDescending(c => c.Length)
                     .ThenBy(c => c.Start))
        {
            if (taken.Any(e => candidate.Start < e.End && candidate.End > e.Start))
            {
                continue;
            }

            taken.Add(candidate.Entity);
        }

        accepted.AddRange(taken);
        return accepted;
    }

    /// <summary>Containers whose inner place names are reported too.</summary>
    public static bool HoldsPlaces(Entity entity) => entity.Type is EntityType.Organization or EntityType.Work or EntityType.Event;

    /// <summary>Sort order of the tagger's output: by position, then outer before inner.</summary>
    public static int Compare(Entity a, Entity b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : a.End != b.End ? b.End.CompareTo(a.End)
        : a.Type.CompareTo(b.Type);
}
