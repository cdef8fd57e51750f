namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>Kinds of named things the tagger finds.</summary>
public enum EntityType
{
    Person,
    Place,
    Organization,
    /// <summary>A titled work: law, plan, opinion, journal, book (《…》, 〈…〉).</summary>
    Work,
    Date,
    /// <summary>A meeting or session such as 十九屆五中全會 or 兩會.</summary>
    Event,
}
