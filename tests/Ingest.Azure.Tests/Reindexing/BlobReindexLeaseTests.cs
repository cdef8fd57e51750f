using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ingest.Azure.Reindexing;
using Ingest.Pipeline.Reindexing;
using Ingest.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Azure.Tests.Reindexing;

public sealed class BlobReindexLeaseTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryAcquireAsync_LockBlobMissing_CreatesItAndAcquires()
    {
        var storage = await TestStorage.CreateAsync(azurite);

        await using var held = await CreateSut(storage).TryAcquireAsync(Duration, Cancel);

        Assert.NotNull(held);
        var properties = await storage.State.GetBlobClient("reindex.lock").GetPropertiesAsync(cancellationToken: Cancel);
        Assert.Equal(LeaseState.Leased, properties.Value.LeaseState);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_ReturnsNullUntilTheHolderDisposes()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var first = CreateSut(storage);
        var second = CreateSut(storage);

        var held = await first.TryAcquireAsync(Duration, Cancel);
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync(Duration, Cancel));
        Assert.Null(await first.TryAcquireAsync(Duration, Cancel));

        await held.DisposeAsync();
        await using var next = await second.TryAcquireAsync(Duration, Cancel);

        Assert.NotNull(next);
    }

    [Fact]
    public async Task TryAcquireAsync_Held_RenewsEveryThirdOfTheDurationUntilDisposedThenReleases()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var counter = new LeaseRequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var time = new FakeTimeProvider();
        var sut = new BlobReindexLease(new BlobServiceClient(azurite.ConnectionString, options), storage.Options, time, NullLogger<BlobReindexLease>.Instance);
        var held = await sut.TryAcquireAsync(Duration, Cancel);
        Assert.NotNull(held);

        await AdvanceUntilAsync(time, () => counter["renew"] >= 2);
        Assert.Null(await CreateSut(storage).TryAcquireAsync(Duration, Cancel));
        await held.DisposeAsync();
        var renewals = counter["renew"];
        time.Advance(Duration * 2);

        Assert.Equal(1, counter["acquire"]);
        Assert.Equal(1, counter["release"]);
        Assert.Equal(renewals, counter["renew"]);
        Assert.True(time.GetUtcNow() - time.Start >= Duration / 3 * 2, "renewed before a third of the duration had passed");
    }

    [Fact]
    public async Task Lost_LeaseBrokenByAnother_FiresAtTheNextRenewal()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var time = new FakeTimeProvider();
        var sut = new BlobReindexLease(storage.Blobs, storage.Options, time, NullLogger<BlobReindexLease>.Instance);
        await using var held = await sut.TryAcquireAsync(Duration, Cancel);
        Assert.NotNull(held);
        Assert.False(held.Lost.IsCancellationRequested);

        // What an operator (or an expired lease taken by another instance) does to the holder.
        await storage.State.GetBlobClient("reindex.lock").GetBlobLeaseClient().BreakAsync(TimeSpan.Zero, cancellationToken: Cancel);
        await AdvanceUntilAsync(time, () => held.Lost.IsCancellationRequested);

        Assert.True(held.Lost.IsCancellationRequested);
    }

    /// <summary>Moves fake time on in small steps, giving the background loop real time to run between them.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> done)
    {
        for (var step = 0; step < 400 && !done(); step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(TimeSpan.FromMilliseconds(25), Cancel);
        }

        Assert.True(done(), "the lease was not renewed");
    }

    [Fact]
    public async Task DisposeAsync_Twice_ReleasesOnce()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var held = await CreateSut(storage).TryAcquireAsync(Duration, Cancel);
        Assert.NotNull(held);

        await held.DisposeAsync();
        await held.DisposeAsync();
    }

    [Fact]
    public async Task TryAcquireAsync_AsTheReindexLock_SecondAcquireReturnsNullUntilTheFirstIsDisposed()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        IReindexLock first = CreateSut(storage);
        IReindexLock second = CreateSut(storage);

        var held = await first.TryAcquireAsync(Cancel);
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync(Cancel));

        await held.DisposeAsync();
        await using var next = await second.TryAcquireAsync(Cancel);

        Assert.NotNull(next);
    }

    [Fact]
    public async Task TryAcquireAsync_AsTheReindexLock_TakesASixtySecondLeaseSoADeadHolderBlocksAtMostAMinute()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var counter = new LeaseRequestCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        IReindexLock sut = new BlobReindexLease(new BlobServiceClient(azurite.ConnectionString, options), storage.Options, TimeProvider.System, NullLogger<BlobReindexLease>.Instance);

        await using var held = await sut.TryAcquireAsync(Cancel);

        Assert.NotNull(held);
        Assert.Equal("60", counter.AcquiredSeconds);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    public async Task TryAcquireAsync_DurationOutsideTheServiceRange_Throws(int seconds)
    {
        var sut = CreateSut(TestStorage.Describe(azurite));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.TryAcquireAsync(TimeSpan.FromSeconds(seconds), Cancel));
    }

    private static BlobReindexLease CreateSut(TestStorage storage) =>
        new(storage.Blobs, storage.Options, TimeProvider.System, NullLogger<BlobReindexLease>.Instance);
}
