using Azure;
using Azure.Storage.Blobs.Specialized;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Logging;

namespace Ingest.Azure.Reindexing;

/// <summary>A lease taken by <see cref="BlobReindexLease"/>: renewed until disposed, then released.</summary>
internal sealed partial class HeldBlobLease : IReindexLease
{
    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _renewEvery;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly TimeSpan _duration;
    private long _renewedAt;
    private readonly Task _renewing;
    private int _disposed;

    public HeldBlobLease(BlobLeaseClient lease, TimeSpan duration, TimeProvider time, ILogger logger)
    {
        _lease = lease;
        _renewEvery = duration / 3; // two chances to renew before the lease runs out
        _duration = duration;
        _time = time;
        _renewedAt = time.GetTimestamp();
        _logger = logger;
        _renewing = Task.Run(RenewUntilStoppedAsync);
    }

    public string LeaseId => _lease.LeaseId;

    /// <inheritdoc />
    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
        _lost.Dispose();
        try
        {
            await _lease.ReleaseAsync().ConfigureAwait(false);
            LogReleased(LeaseId);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or HttpRequestException or IOException or AggregateException)
        {
            // Not released: it expires on its own within its duration.
            LogReleaseFailed(ex, LeaseId);
        }
    }

    private async Task RenewUntilStoppedAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_renewEvery, _time, _stop.Token).ConfigureAwait(false);
                await _lease.RenewAsync(cancellationToken: _stop.Token).ConfigureAwait(false);
                _renewedAt = _time.GetTimestamp();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
            {
                LogLost(ex, LeaseId); // expired and taken, or the blob is gone: nothing left to renew
                await _lost.CancelAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception ex)
            {
                if (_time.GetElapsedTime(_renewedAt) >= _duration)
                {
                    // No renewal for a whole duration: the lease has run out and may be someone else's by now.
                    LogLost(ex, LeaseId);
                    await _lost.CancelAsync().ConfigureAwait(false);
                    return;
                }

                LogRenewFailed(ex, LeaseId); // transient: the lease is still valid, try again at the next tick
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the re-index lease {LeaseId}")]
    private partial void LogReleased(string leaseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the re-index lease {LeaseId}; it expires on its own")]
    private partial void LogReleaseFailed(Exception exception, string leaseId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lost the re-index lease {LeaseId}: another run may start")]
    private partial void LogLost(Exception exception, string leaseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the re-index lease {LeaseId}; trying again")]
    private partial void LogRenewFailed(Exception exception, string leaseId);
}
