using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Text;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Tagging;

/// <summary>
/// The tagging stage: entities and themes for the whole document and for each chunk. The
/// taxonomy's version is part of the pipeline version, so editing it makes documents stale.
/// </summary>
public sealed class TaggingStep
{
    /// <summary>Bumped whenever a change to the tagging code changes its output.</summary>
    public const int Version = 1;

    private readonly EntityTagger _entities;
    private readonly ThemeTagger _themes;
    private readonly TaggingOptions _options;

    public TaggingStep(EntityTagger entities, Taxonomy taxonomy, IOptions<TaggingOptions> options)
    {
        _entities = entities;
        _themes = new ThemeTagger(taxonomy);
        _options = options.Value;
        TaxonomyVersion = taxonomy.Version;
    }

    public string TaxonomyVersion { get; }

    public DocumentTags Tag(NormalizedDocument document, IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken = default)
    {
        var folded = ScriptFolder.Fold(document.Text);
        var entities = _entities.Tag(document.Text, folded, document.Quality, document.PublishedAt, cancellationToken).ToList();
        AddNamedPeople(document, entities);

        var chunkTags = new List<ChunkTags>(chunks.Count);
        foreach (var chunk in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inside = entities.Where(e => e.Start >= chunk.Start && e.End <= chunk.End).ToList();
            var themes = _themes.Score(folded[chunk.Start..chunk.End], _options.ThemeThreshold, _options.ThemeTopK);
            chunkTags.Add(new ChunkTags(chunk.Id, inside, themes));
        }

        return new DocumentTags
        {
            Entities = entities,
            Themes = _themes.Score(folded, _options.ThemeThreshold, _options.ThemeTopK),
            Chunks = chunkTags,
        };
    }

    /// <summary>The author and the responsible editor are people too, where their names stand in the text.</summary>
    private static void AddNamedPeople(NormalizedDocument document, List<Entity> entities)
    {
        foreach (var name in new[] { document.Author, document.Editor })
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 12 || entities.Any(e => e.Type == EntityType.Person && e.Text == name))
            {
                continue;
            }

            var block = document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Byline or BlockKind.Trailer && document.Slice(b).Contains(name, StringComparison.Ordinal));
            if (block is null) continue;
            var start = block.Start + document.Slice(block).IndexOf(name, StringComparison.Ordinal);
            entities.RemoveAll(e => e.Start < start + name.Length && e.End > start);
            entities.Add(new Entity(EntityType.Person, name, start, start + name.Length, ScriptFolder.ToSimplified(name)));
        }

        entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Type.CompareTo(b.Type));
    }
}
