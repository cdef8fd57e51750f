using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Lucene.Tests;

/// <summary>
/// A temp folder, fake time and the indexes opened on them; disposing closes the indexes and
/// deletes the folder. Each test class holds one per test (xunit creates the class per test).
/// </summary>
internal sealed class IndexFixture : IDisposable
{
    private readonly List<LuceneSearchIndex> opened = [];

    public TempFolder Folder { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    public static TimeSpan CommitDelay { get; } = TimeSpan.FromSeconds(1);

    public LuceneSearchIndex Open()
    {
        var index = new LuceneSearchIndex(
            Options.Create(new LuceneIndexOptions { IndexPath = Folder.IndexPath, CommitDelay = CommitDelay }),
            Time,
            NullLogger<LuceneSearchIndex>.Instance);
        opened.Add(index);
        return index;
    }

    public void Dispose()
    {
        foreach (var index in opened)
        {
            index.Dispose();
        }

        Folder.Dispose();
    }
}
