using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Ingestion;

namespace Ingest.Local.Tests.Ingestion;

/// <summary>Idempotency and concurrency of <see cref="IngestionService"/> over the real local stores and Lucene.</summary>
public sealed class IngestionIdempotencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAsync_SameContentAndVersion_WritesNothingToTheIndex()
    {
        CountingSearchIndex? counter = null;
        using var world = new LocalWorld(inner => counter = new CountingSearchIndex(inner));
        var pipeline = world.Pipeline();
        world.Write("a.txt", Articles.Texts[0]);
        var first = await pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token);
        var writes = counter!.Writes;

        var second = await pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token);
        var summary = await pipeline.ReconcileAndDrainAsync(Token);

        Assert.Equal(IngestOutcome.Indexed, first.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, second.Outcome);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(0, summary.Enqueued);
        Assert.Equal(writes, counter.Writes);
    }

    [Fact]
    public async Task IngestAsync_ChangedContent_ReplacesChunksAndDeletesStaleOnes()
    {
        using var world = new LocalWorld();
        var pipeline = world.Pipeline(maxChars: 120);
        world.Write("a.txt", Articles.Texts[0] + "\n\n" + Articles.Texts[3]);
        var before = await pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token);
        world.Write("a.txt", Articles.Texts[4]);

        var after = await pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token);

        var entries = await world.EntriesAsync(Token);
        Assert.True(before.ChunkCount > after.ChunkCount, $"The longer text gave {before.ChunkCount} chunks, the shorter {after.ChunkCount}.");
        Assert.Equal(after.ChunkCount, entries.Count);
        Assert.Single(entries.Select(e => e.ContentHash).Distinct());
        Assert.Equal(entries.Count, entries.Select(e => e.ChunkId).Distinct().Count());
    }

    [Fact]
    public async Task IngestAsync_ConcurrentOnTwoInstances_LeavesExactlyOneSetOfChunks()
    {
        using var world = new LocalWorld();
        var instances = new[] { world.Pipeline(maxChars: 120), world.Pipeline(maxChars: 120) };
        world.Write("a.txt", Articles.Texts[0]);
        world.Write("b.txt", Articles.Texts[0]);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => instances[i % 2].Ingestion.IngestAsync("a.txt", cancellationToken: Token), Token)));
        await instances[0].Ingestion.IngestAsync("b.txt", cancellationToken: Token);

        var entries = await world.EntriesAsync(Token);
        // Both files hold the same text: the raced document must have exactly the chunks of the one ingested once.
        var concurrent = Shape(entries, "a.txt");
        var single = Shape(entries, "b.txt");
        Assert.NotEmpty(single);
        Assert.Equal(single, concurrent);
    }

    private static List<(string Ordinal, string ContentHash)> Shape(IReadOnlyList<Pipeline.Indexing.IndexEntry> entries, string path)
    {
        var documentId = Pipeline.Documents.DocumentId.FromPath(path);
        return [.. entries.Where(e => e.DocumentId == documentId).Select(e => (e.ChunkId[e.ChunkId.LastIndexOf('_')..], e.ContentHash))];
    }

    [Fact]
    public async Task IngestAsync_ConcurrentWithAnEdit_ConvergesOnTheLastContent()
    {
        using var world = new LocalWorld();
        var instances = new[] { world.Pipeline(), world.Pipeline() };
        world.Write("a.txt", Articles.Texts[0]);
        var racing = Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => instances[i % 2].Ingestion.IngestAsync("a.txt", cancellationToken: Token), Token)).ToList();
        world.Write("a.txt", Articles.Texts[1]);
        racing.Add(Task.Run(() => instances[0].Ingestion.IngestAsync("a.txt", cancellationToken: Token), Token));
        await Task.WhenAll(racing);

        await instances[1].ReconcileAndDrainAsync(Token);

        using var fresh = new LocalWorld();
        fresh.Write("a.txt", Articles.Texts[1]);
        await fresh.Pipeline().ReconcileAndDrainAsync(Token);
        Assert.Equal(await fresh.EntriesAsync(Token), await world.EntriesAsync(Token));
    }
}
