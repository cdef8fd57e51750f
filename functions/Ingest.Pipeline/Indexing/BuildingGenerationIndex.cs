using Ingest.Pipeline.Query;

namespace Ingest.Pipeline.Indexing;

/// <summary>
/// What the items of a full re-index write through: the generation they fill. Two cases write
/// elsewhere too, so that the active generation never falls behind the manifests, which every
/// generation shares:
/// <list type="bullet">
/// <item>The file changed since the active generation got it: the item's ingestion records the new
/// content in the manifest, so a later event for the same change finds it unchanged and writes
/// nothing. Without writing the active generation now, it would serve the old content until the
/// switch, and keep it for good if the run never switches or is rolled back.</item>
/// <item>The generation is no longer active or being built (its run was replaced): the item writes
/// where every other write goes rather than bring a dropped generation back.</item>
/// </list>
/// A file whose content is unchanged (the usual case, or a new pipeline version) goes to the new
/// generation only.
/// </summary>
internal sealed class BuildingGenerationIndex(IndexGenerations generations, int generation) : ISearchIndex
{
    public async Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        var catalog = await generations.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
        if (!catalog.Writable.Contains(generation))
        {
            foreach (var writable in catalog.Writable)
            {
                await generations.Open(writable).ReplaceDocumentAsync(documentId, chunks, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await generations.Open(generation).ReplaceDocumentAsync(documentId, chunks, cancellationToken).ConfigureAwait(false);
        if (catalog.Active == generation)
        {
            return;
        }

        var active = generations.Open(catalog.Active);
        var current = await active.GetDocumentChunksAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (!current.Select(c => c.ContentHash).ToHashSet(StringComparer.Ordinal).SetEquals(chunks.Select(c => c.ContentHash)))
        {
            await active.ReplaceDocumentAsync(documentId, chunks, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var catalog = await generations.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
        foreach (var target in catalog.Writable.Contains(generation) ? [generation] : catalog.Writable)
        {
            await generations.Open(target).DeleteDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        generations.Open(generation).SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default) =>
        generations.Open(generation).GetDocumentChunksAsync(documentId, cancellationToken);

    public IAsyncEnumerable<IndexEntry> ListEntriesAsync(CancellationToken cancellationToken = default) =>
        generations.Open(generation).ListEntriesAsync(cancellationToken);

    public Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        generations.Open(generation).GetStatisticsAsync(cancellationToken);
}
