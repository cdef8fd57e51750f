using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.KeyPhrases;
using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Text;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Tagging;

/// <summary>
/// The tagging stage: entities, themes and key phrases for the whole document, entities and themes
/// for each chunk. <see cref="TaxonomyVersion"/> is part of the pipeline version, so editing the
/// taxonomy or the theme settings makes indexed documents stale. Thread-safe.
/// </summary>
public sealed class TaggingStep
{
    /// <summary>Bumped whenever a change to the tagging code changes its output.</summary>
    public const int Version = 2;

    private readonly EntityTagger _entities;
    private readonly ThemeTagger _themes;
    private readonly TaggingOptions _options;

    public TaggingStep(EntityTagger entities, Taxonomy taxonomy, IOptions<TaggingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _entities = entities;
        _themes = new ThemeTagger(taxonomy);
        _options = options.Value;
        Taxonomy = taxonomy;
        TaxonomyVersion = FormattableString.Invariant($"{taxonomy.Version}-{_options.ThemeThreshold:0.###}-{_options.ThemeTopK}-{_options.KeyPhraseCount}");
    }

    /// <summary>The taxonomy themes are scored against.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>
    /// Version of what shapes the tags besides the code: the taxonomy's content hash
    /// (<see cref="Themes.Taxonomy.Version"/>) and the theme threshold, top-k and key-phrase count.
    /// </summary>
    public string TaxonomyVersion { get; }

    public DocumentTags Tag(NormalizedDocument document, IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chunks);
        var folded = ScriptFolder.Fold(document.Text);
        var (entities, words) = _entities.TagWithWords(document.Text, folded, document.Quality, document.PublishedAt, cancellationToken);
        AddNamedPeople(document, entities);

        var chunkTags = new List<ChunkTags>(chunks.Count);
        foreach (var chunk in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inside = entities.Where(e => e.Start >= chunk.Start && e.End <= chunk.End).ToList();
            var themes = _themes.Score(folded.AsSpan(chunk.Start, chunk.End - chunk.Start), _options.ThemeThreshold, _options.ThemeTopK);
            chunkTags.Add(new ChunkTags(chunk.Id, inside, themes));
        }

        return new DocumentTags
        {
            Entities = entities,
            Themes = _themes.Score(BodyText(document, folded), _options.ThemeThreshold, _options.ThemeTopK),
            KeyPhrases = KeyPhraseExtractor.Extract(document.Text, folded, words, document.Quality, _options.KeyPhraseCount),
            Chunks = chunkTags,
        };
    }

    /// <summary>The folded title, headings and paragraphs: bylines and editor lines say nothing about the theme.</summary>
    private static string BodyText(NormalizedDocument document, string folded)
    {
        var body = document.Blocks.Where(b => b.Kind is not (BlockKind.Byline or BlockKind.Trailer)).ToList();
        return body.Count == document.Blocks.Count ? folded : string.Join('\n', body.Select(b => folded.Substring(b.Start, b.Length)));
    }

    /// <summary>The author and the responsible editor are people too, where their names stand in the byline or trailer.</summary>
    private static void AddNamedPeople(NormalizedDocument document, List<Entity> entities)
    {
        foreach (var name in new[] { document.Author, document.Editor })
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 12)
            {
                continue;
            }

            var block = document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Byline or BlockKind.Trailer && document.Slice(b).Contains(name, StringComparison.Ordinal));
            if (block is null) continue;
            var start = block.Start + document.Slice(block).IndexOf(name, StringComparison.Ordinal);
            var end = start + name.Length;
            if (document.Quality.IsGarbled(start, end) || entities.Any(e => e.Type == EntityType.Person && e.Start == start && e.End == end))
            {
                continue;
            }

            entities.RemoveAll(e => e.Start < end && e.End > start);
            entities.Add(new Entity(EntityType.Person, name, start, end, ScriptFolder.ToSimplified(name)));
        }

        entities.Sort(EntityResolver.Compare);
    }
}
