using System.Runtime.CompilerServices;
using Ingest.Pipeline.Query;

namespace Ingest.Pipeline.Indexing;

/// <summary>
/// The <see cref="ISearchIndex"/> the pipeline and the API use: reads go to the active
/// generation, writes to every writable one (the active one and, during a full re-index, the one
/// being built), so the new generation misses no change made while it fills and a switch loses nothing.
/// </summary>
public sealed class GenerationalSearchIndex(IndexGenerations generations) : ISearchIndex
{
    /// <summary>
    /// What a full re-index writes its new generation through: that generation, plus the active one
    /// for a file whose content changed since the active one got it (see <see cref="BuildingGenerationIndex"/>).
    /// </summary>
    public ISearchIndex Generation(int generation) => new BuildingGenerationIndex(generations, generation);

    public async Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        var catalog = await generations.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
        foreach (var generation in catalog.Writable)
        {
            await generations.Open(generation).ReplaceDocumentAsync(documentId, chunks, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var catalog = await generations.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
        foreach (var generation in catalog.Writable)
        {
            await generations.Open(generation).DeleteDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        await (await ActiveAsync(cancellationToken).ConfigureAwait(false)).SearchAsync(query, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default) =>
        await (await ActiveAsync(cancellationToken).ConfigureAwait(false)).GetDocumentChunksAsync(documentId, cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<IndexEntry> ListEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var active = await ActiveAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entry in active.ListEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    public async Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        await (await ActiveAsync(cancellationToken).ConfigureAwait(false)).GetStatisticsAsync(cancellationToken).ConfigureAwait(false);

    private async ValueTask<ISearchIndex> ActiveAsync(CancellationToken cancellationToken) =>
        generations.Open((await generations.GetCatalogAsync(cancellationToken).ConfigureAwait(false)).Active);
}
