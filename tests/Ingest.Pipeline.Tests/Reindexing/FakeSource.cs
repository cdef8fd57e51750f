using System.Runtime.CompilerServices;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Sources;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>
/// A source listing fixed items in path order, a page after the last path of the one before (as the
/// folder source does); opening one fails when <see cref="OpenFailure"/> is set.
/// </summary>
internal sealed class FakeSource : IDocumentSource
{
    public List<SourceItem> Items { get; } = [];

    public Exception? OpenFailure { get; set; }

    /// <summary>Runs before a page is listed, with the page's continuation token: a test holds or breaks the enumeration there.</summary>
    public Func<string?, CancellationToken, Task>? BeforePage { get; set; }

    /// <summary>The page size of every page asked for.</summary>
    public List<int> PageSizes { get; } = [];

    public string Description => "fake";

    public async IAsyncEnumerable<SourceItem> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in Ordered())
        {
            await Task.Yield();
            yield return item;
        }
    }

    public async Task<SourcePage> ListPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        lock (PageSizes)
        {
            PageSizes.Add(pageSize);
        }

        if (BeforePage is { } hook)
        {
            await hook(continuationToken, cancellationToken);
        }

        var after = Ordered().Where(i => continuationToken is null || string.CompareOrdinal(i.Path, continuationToken) > 0).ToList();
        var page = after.Take(pageSize).ToList();
        return new SourcePage(page, after.Count > pageSize ? page[^1].Path : null);
    }

    public Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenFailure is { } failure ? Task.FromException<SourceDocument?>(failure) : Task.FromResult<SourceDocument?>(null);

    private List<SourceItem> Ordered()
    {
        lock (Items)
        {
            return [.. Items.OrderBy(i => i.Path, StringComparer.Ordinal)];
        }
    }
}
