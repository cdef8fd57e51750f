using Ingest.Pipeline.Reindexing;

namespace Ingest.Pipeline.Tests.Reindexing;

/// <summary>An in-process lock whose holder can lose it, as a blob lease that could not be renewed is lost.</summary>
internal sealed class LosableLock : IReindexLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Lease? _held;

    public async Task<IReindexLease?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return null;
        }

        return _held = new Lease(_gate);
    }

    /// <summary>Takes the lock away from its holder: its <see cref="IReindexLease.Lost"/> fires and others may acquire.</summary>
    public void LoseHeld() => _held?.Lose();

    private sealed class Lease(SemaphoreSlim gate) : IReindexLease
    {
        private readonly CancellationTokenSource _lost = new();
        private int _released;

        public CancellationToken Lost => _lost.Token;

        public void Lose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
                _lost.Cancel();
            }
        }

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
