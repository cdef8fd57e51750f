using Lucene.Net.Search;

namespace Ingest.Lucene.Storage;

/// <summary>
/// A searcher borrowed from the <see cref="SearcherManager"/> for one operation; disposing returns
/// it, so a refresh can close the reader once nobody uses it. Use with <c>using</c>.
/// </summary>
internal sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager manager;
    private bool released;

    public SearcherLease(SearcherManager manager)
    {
        this.manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        if (!released)
        {
            released = true;
            manager.Release(Searcher);
        }
    }
}
