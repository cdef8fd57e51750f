using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Sources;

namespace Ingest.Local.Tests.Support;

/// <summary>
/// The folder source with a hold: listing the page after <see cref="HoldAfter"/> waits until the
/// enumeration is cancelled, so a test can stop a re-index half-way at a known page.
/// </summary>
internal sealed class PausingSource(IDocumentSource inner) : IDocumentSource
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The continuation token of the page to hold before; null holds nothing.</summary>
    public string? HoldAfter { get; set; }

    /// <summary>Completes when the enumeration reached the hold.</summary>
    public Task Reached => _reached.Task;

    public string Description => inner.Description;

    public IAsyncEnumerable<SourceItem> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

    public async Task<SourcePage> ListPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        if (HoldAfter is not null && continuationToken == HoldAfter)
        {
            _reached.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await inner.ListPageAsync(continuationToken, pageSize, cancellationToken);
    }

    public Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default) => inner.OpenAsync(path, cancellationToken);
}
