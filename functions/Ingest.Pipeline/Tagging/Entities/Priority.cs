namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// How far each kind of evidence is trusted when two proposals overlap. Patterns with explicit
/// markers (brackets, dates, a title before a name) beat dictionary tags, which beat guesses.
/// </summary>
internal static class Priority
{
    /// <summary>Names given by the document's own metadata (author, editor).</summary>
    public const int Metadata = 100;

    /// <summary>Date expressions: digits and 年月日 leave little doubt.</summary>
    public const int Date = 90;

    /// <summary>A name right after an official title (市委书记李强).</summary>
    public const int TitledPerson = 80;

    /// <summary>Meetings and sessions matched by pattern (十九届五中全会).</summary>
    public const int Event = 75;

    /// <summary>An organization built from a name and an organization suffix (广东省人民政府).</summary>
    public const int ComposedOrganization = 70;

    /// <summary>Names the dictionary tags as organizations (nt).</summary>
    public const int DictionaryOrganization = 60;

    /// <summary>Names the segmenter tags as persons (nr), from the dictionary or its HMM.</summary>
    public const int DictionaryPerson = 50;

    /// <summary>Places from the gazetteer or the dictionary (ns).</summary>
    public const int Place = 40;
}
