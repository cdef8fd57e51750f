using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.State;

namespace Ingest.Local.Tests.Ingestion;

/// <summary>An index that is down for a while: attempts are counted, the file is quarantined, and a re-index recovers it.</summary>
public sealed class TransientFaultTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestAsync_OneTransientFailureThenRetry_IndexesTheDocument()
    {
        FlakySearchIndex? flaky = null;
        using var world = new LocalWorld(inner => flaky = new FlakySearchIndex(inner));
        var pipeline = world.Pipeline();
        world.Write("a.txt", Articles.Texts[0]);
        flaky!.Down = true;
        await Assert.ThrowsAsync<TransientStoreException>(() => pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token));
        flaky.Down = false;

        var retried = await pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token);

        Assert.Equal(IngestOutcome.Indexed, retried.Outcome);
        Assert.Equal(retried.ChunkCount, (await world.EntriesAsync(Token)).Count);
    }

    [Fact]
    public async Task IngestAsync_IndexDownPastTheBudget_QuarantinesWithReasonAndNextReindexRecovers()
    {
        FlakySearchIndex? flaky = null;
        using var world = new LocalWorld(inner => flaky = new FlakySearchIndex(inner));
        var pipeline = world.Pipeline(settings: new Dictionary<string, string?> { ["Ingest:Ingestion:MaxTransientAttempts"] = "3" });
        world.Write("a.txt", Articles.Texts[0]);
        world.Write("b.txt", Articles.Texts[1]);
        await pipeline.ReconcileAndDrainAsync(Token);
        world.Write("a.txt", Articles.Texts[2]);
        flaky!.Down = true;

        // null: the attempt threw the transient fault for the host to retry.
        var outcomes = new List<IngestOutcome?>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                outcomes.Add((await pipeline.Ingestion.IngestAsync("a.txt", cancellationToken: Token)).Outcome);
            }
            catch (TransientStoreException)
            {
                outcomes.Add(null);
            }
        }

        var manifest = (await world.Manifests.GetAsync(Pipeline.Documents.DocumentId.FromPath("a.txt"), Token))!.Manifest;
        Assert.Equal([null, null, IngestOutcome.Quarantined], outcomes);
        Assert.Equal(ManifestStatus.Quarantined, manifest.Status);
        Assert.Equal(FailureReason.TransientExhausted, manifest.FailureReason);
        Assert.True(File.Exists(Path.Combine(world.Data.QuarantinePath, "a.txt.reason.json")));

        flaky.Down = false;
        var summary = await pipeline.ReconcileAndDrainAsync(Token);

        Assert.Equal(1, summary.Changed);
        using var fresh = new LocalWorld();
        fresh.Write("a.txt", Articles.Texts[2]);
        fresh.Write("b.txt", Articles.Texts[1]);
        await fresh.Pipeline().ReconcileAndDrainAsync(Token);
        Assert.Equal(await fresh.EntriesAsync(Token), await world.EntriesAsync(Token));
        Assert.False(File.Exists(Path.Combine(world.Data.QuarantinePath, "a.txt.reason.json")));
    }
}
