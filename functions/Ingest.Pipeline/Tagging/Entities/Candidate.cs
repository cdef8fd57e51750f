namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>An entity a recognizer proposes, with how much to trust it when it overlaps another.</summary>
/// <param name="Entity">The proposed entity.</param>
/// <param name="Priority">Higher wins an overlap; see <see cref="EntityResolver"/> for the levels.</param>
internal readonly record struct Candidate(Entity Entity, int Priority)
{
    public int Start => Entity.Start;
    public int End => Entity.End;
    public int Length => Entity.End - Entity.Start;
    public EntityType Type => Entity.Type;
}
