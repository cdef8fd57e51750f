using System.Runtime.CompilerServices;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Sources;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>A source listing fixed items; opening one fails when <see cref="OpenFailure"/> is set.</summary>
internal sealed class FakeSource : IDocumentSource
{
    public List<SourceItem> Items { get; } = [];

    public Exception? OpenFailure { get; set; }

    public string Description => "fake";

    public async IAsyncEnumerable<SourceItem> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in Items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    public Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenFailure is { } failure ? Task.FromException<SourceDocument?>(failure) : Task.FromResult<SourceDocument?>(null);
}
