using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Segmentation;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Finds persons, places, organizations, works, dates and events in normalized text. Matching runs
/// on the text folded to Simplified (same length, so offsets hold) and reports the original
/// characters. Mentions that touch a garbled span are never reported. The segmenter's dictionary is
/// loaded once per process, on the first call (see <see cref="ChineseSegmenter"/>); instances are
/// immutable and thread-safe.
/// </summary>
public sealed class EntityTagger
{
    private readonly PlaceRecognizer _places;
    private readonly Gazetteer.Gazetteer _gazetteer;

    public EntityTagger(Gazetteer.Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _places = new PlaceRecognizer(gazetteer);
    }

    /// <summary>True when gazetteer names cover the whole span (香港特别行政区, 中华人民共和国香港特别行政区).</summary>
    private bool IsOnlyPlaces(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            var matched = 0;
            for (var length = Math.Min(_gazetteer.MaxNameLength, span.Length - i); length >= 2 && matched == 0; length--)
            {
                if (_gazetteer.TryGet(span.Slice(i, length), out _)) matched = length;
            }

            if (matched == 0) return false;
            i += matched;
        }

        return true;
    }

    private bool IsWellKnownPlace(EntityContext context, Candidate candidate) =>
        _gazetteer.TryGet(context.Folded.AsSpan(candidate.Start, candidate.Length), out var place) && place.Level != Gazetteer.PlaceLevel.County;

    /// <summary>Tags <paramref name="text"/>.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="folded">The same text folded with <see cref="Text.ScriptFolder.Fold(string)"/>.</param>
    /// <param name="quality">Garbled spans, which are skipped.</param>
    /// <param name="publishedAt">Anchor for relative dates (今年2月18日).</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    public IReadOnlyList<Entity> Tag(string text, string folded, QualityReport quality, DateOnly? publishedAt, CancellationToken cancellationToken = default) =>
        TagWithWords(text, folded, quality, publishedAt, cancellationToken).Entities;

    /// <summary>Tags the text and also returns its words, which key-phrase extraction reuses.</summary>
    internal (List<Entity> Entities, IReadOnlyList<WordToken> Words) TagWithWords(string text, string folded, QualityReport quality, DateOnly? publishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folded);
        if (text.Length != folded.Length)
        {
            throw new ArgumentException("The folded text must have the length of the text.", nameof(folded));
        }

        var tokens = ChineseSegmenter.Shared.Segment(folded, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new EntityContext(text, folded, tokens, publishedAt);

        var works = WorkRecognizer.Find(context).ToList();
        var candidates = new List<Candidate>();
        candidates.AddRange(DateRecognizer.Find(context));
        candidates.AddRange(EventRecognizer.Find(context));
        // jieba tags some foreign places as names (莫斯科, 吉隆坡); a name that is a gazetteer place above county level is the place.
        candidates.AddRange(PersonRecognizer.Find(context).Where(c => c.Priority != Priority.DictionaryPerson || !IsWellKnownPlace(context, c)));
        // A dictionary organization that is a gazetteer name (香港特别行政区) is the place.
        candidates.AddRange(OrganizationRecognizer.Find(context).Where(c => c.Priority != Priority.DictionaryOrganization
            || !(IsOnlyPlaces(context.Folded.AsSpan(c.Start, c.Length)) || PlaceRecognizer.IsRelation(context.Folded.AsSpan(c.Start, c.Length)))));
        cancellationToken.ThrowIfCancellationRequested();
        candidates.AddRange(_places.Find(context));

        var entities = EntityResolver.Resolve(works, candidates);
        var containers = entities.Where(EntityResolver.HoldsPlaces).ToList();
        foreach (var container in containers)
        {
            foreach (var place in _places.FindInside(context, container))
            {
                if (!entities.Any(e => e.Type == EntityType.Place && e.Start < place.End && e.End > place.Start))
                {
                    entities.Add(place);
                }
            }
        }

        entities.RemoveAll(e => quality.IsGarbled(e.Start, e.End));
        entities.Sort(EntityResolver.Compare);
        return (entities, tokens);
    }
}
