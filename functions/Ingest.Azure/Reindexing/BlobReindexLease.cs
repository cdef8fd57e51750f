using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Reindexing;

/// <summary>
/// The <see cref="IReindexLock"/> across instances: a lease on the blob <c>reindex.lock</c> in the
/// state container (created when missing). The holder's lease is renewed in the background until
/// the returned handle is disposed, which releases it; if the holder dies, the lease expires after
/// its duration (<see cref="DefaultDuration"/> unless asked otherwise) and another instance can take over.
/// </summary>
public sealed partial class BlobReindexLease(
    BlobServiceClient blobs,
    IOptions<AzureStorageOptions> options,
    TimeProvider time,
    ILogger<BlobReindexLease> logger) : IReindexLock
{
    /// <summary>Shortest lease the service grants.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(15);

    /// <summary>Longest finite lease the service grants.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The lease a run holds: the longest, so a holder that stops renewing (its instance gone) keeps
    /// others out for at most a minute, and a renewal that fails once still leaves two more chances.
    /// </summary>
    public static readonly TimeSpan DefaultDuration = MaxDuration;

    private readonly BlobClient _blob = blobs.GetBlobContainerClient(options.Value.StateContainer).GetBlobClient(StorageNames.ReindexLockBlob);

    /// <summary>Takes the lease for <see cref="DefaultDuration"/>, renewed until the handle is disposed. Null when another holder has it.</summary>
    public Task<IReindexLease?> TryAcquireAsync(CancellationToken cancellationToken = default) =>
        TryAcquireAsync(DefaultDuration, cancellationToken);

    /// <summary>
    /// Takes the lease for <paramref name="duration"/> (15 to 60 seconds), renewed every third of it until
    /// the handle is disposed. Null when another holder has it.
    /// </summary>
    public async Task<IReindexLease?> TryAcquireAsync(TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, MinDuration);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, MaxDuration);
        var lease = _blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
                    LogAcquired(lease.LeaseId, duration);
                    return new HeldBlobLease(lease, duration, time, logger);
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    LogHeldElsewhere();
                    return null;
                }
                catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobNotFound && attempt == 1)
                {
                    await CreateLockBlobAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (StorageErrors.IsTransient(ex, cancellationToken))
        {
            throw StorageErrors.Transient(ex, "acquiring the re-index lease");
        }
    }

    private async Task CreateLockBlobAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance created it first (it may even hold a lease on it already).
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquired the re-index lease {LeaseId} for {Duration}")]
    private partial void LogAcquired(string leaseId, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Information, Message = "The re-index lease is held by another run")]
    private partial void LogHeldElsewhere();
}
