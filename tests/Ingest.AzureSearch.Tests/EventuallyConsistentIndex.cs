using System.Runtime.CompilerServices;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;

namespace Ingest.AzureSearch.Tests;

/// <summary>
/// For the live service only: writes become searchable about a second after they return, so a read
/// that follows a write waits a little first. The contract asserts results, not that latency.
/// </summary>
internal sealed class EventuallyConsistentIndex(ISearchIndex inner) : ISearchIndex
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);
    private bool written;

    public async Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        await inner.ReplaceDocumentAsync(documentId, chunks, cancellationToken);
        written = true;
    }

    public async Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await inner.DeleteDocumentAsync(documentId, cancellationToken);
        written = true;
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await SettleAsync(cancellationToken);
        return await inner.SearchAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await SettleAsync(cancellationToken);
        return await inner.GetDocumentChunksAsync(documentId, cancellationToken);
    }

    public async IAsyncEnumerable<IndexEntry> ListEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await SettleAsync(cancellationToken);
        await foreach (var entry in inner.ListEntriesAsync(cancellationToken))
        {
            yield return entry;
        }
    }

    public async Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await SettleAsync(cancellationToken);
        return await inner.GetStatisticsAsync(cancellationToken);
    }

    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (written)
        {
            written = false;
            await Task.Delay(Refresh, cancellationToken);
        }
    }
}
