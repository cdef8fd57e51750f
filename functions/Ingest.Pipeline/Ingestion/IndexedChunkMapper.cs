using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.State;
using Ingest.Pipeline.Tagging.Entities;

namespace Ingest.Pipeline.Ingestion;

/// <summary>Turns a processed document into what the index and the manifest store.</summary>
public static class IndexedChunkMapper
{
    public static IReadOnlyList<IndexedChunk> ToChunks(ProcessedDocument processed, string contentHash, string pipelineVersion)
    {
        var document = processed.Normalized;
        var entities = processed.Tags.Entities;
        IReadOnlyList<string> Canonicals(EntityType type) =>
            entities.Where(e => e.Type == type).Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var persons = Canonicals(EntityType.Person);
        var places = Canonicals(EntityType.Place);
        var organizations = Canonicals(EntityType.Organization);
        var works = Canonicals(EntityType.Work);
        var events = Canonicals(EntityType.Event);
        var themes = processed.Tags.Themes.Select(t => t.Id).ToList();

        return processed.Chunks.Select((chunk, i) =>
        {
            var tags = processed.Tags.Chunks[i];
            return new IndexedChunk
            {
                ChunkId = chunk.Id,
                DocumentId = document.DocumentId,
                Ordinal = chunk.Ordinal,
                Path = document.Path,
                Title = document.Title,
                Section = string.Join(" / ", chunk.SectionPath),
                Text = chunk.Text,
                Start = chunk.Start,
                End = chunk.End,
                PublishedAt = document.PublishedAt,
                Source = document.Source,
                Language = document.Script.ToTag(),
                Persons = persons,
                Places = places,
                Organizations = organizations,
                Works = works,
                Events = events,
                Themes = themes,
                Entities = tags.Entities
                    .Select(e => new ChunkEntity(e.Type.ToString().ToLowerInvariant(), e.Text, e.Canonical))
                    .Distinct().ToList(),
                ChunkThemes = tags.Themes.Select(t => new ChunkTheme(t.Id, t.Score)).ToList(),
                ContentHash = contentHash,
                PipelineVersion = pipelineVersion,
            };
        }).ToList();
    }

    public static DocumentSummary ToSummary(ProcessedDocument processed)
    {
        var document = processed.Normalized;
        return new DocumentSummary
        {
            Title = document.Title,
            TitleIsDerived = document.TitleIsDerived,
            Author = document.Author,
            Editor = document.Editor,
            Contributor = document.Contributor,
            Source = document.Source,
            PublishedAt = document.PublishedAt,
            Language = document.Script.ToTag(),
            Format = document.Format.ToString(),
            Encoding = document.Encoding?.Name,
            EncodingConfidence = document.Encoding?.Confidence,
            Headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => document.Text.Substring(b.Start, b.Length)).ToList(),
            Quality = document.Quality,
            Entities = processed.Tags.Entities
                .GroupBy(e => (e.Type, e.Canonical))
                .Select(g => new EntitySummary(g.Key.Type.ToString().ToLowerInvariant(), g.Key.Canonical,
                    g.Select(e => e.Text).Distinct(StringComparer.Ordinal).ToList(), g.Count(), g.First().Detail))
                .OrderBy(e => e.Type, StringComparer.Ordinal).ThenByDescending(e => e.Count).ThenBy(e => e.Canonical, StringComparer.Ordinal)
                .ToList(),
            Themes = processed.Tags.Themes,
            KeyPhrases = processed.Tags.KeyPhrases,
        };
    }
}
