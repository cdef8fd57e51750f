namespace Ingest.Pipeline.Reindexing;

/// <summary>The lock for a host that runs as a single process without shared storage (and for tests).</summary>
public sealed class InProcessReindexLock : IReindexLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IReindexLease?> TryAcquireAsync(CancellationToken cancellationToken = default) =>
        await _gate.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false) ? new Held(_gate) : null;

    private sealed class Held(SemaphoreSlim gate) : IReindexLease
    {
        private int _released;

        /// <summary>A lock in this process's memory is never lost while held.</summary>
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
