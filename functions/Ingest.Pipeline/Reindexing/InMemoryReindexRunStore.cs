using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ingest.Pipeline.Reindexing;

/// <summary>Runs in this process's memory: for a single-process host without a data folder (and for tests).</summary>
public sealed class InMemoryReindexRunStore : IReindexRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ReindexRunEntry> _runs = new(StringComparer.Ordinal);
    private long _version;

    public Task<ReindexRunEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_runs.GetValueOrDefault(id));
        }
    }

    public Task<bool> TryWriteAsync(ReindexRun run, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_runs.GetValueOrDefault(run.Id)?.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _runs[run.Id] = new ReindexRunEntry(run, (++_version).ToString(CultureInfo.InvariantCulture));
            return Task.FromResult(true);
        }
    }

    public async IAsyncEnumerable<ReindexRun> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<ReindexRun> runs;
        lock (_gate)
        {
            runs = _runs.Values.Select(e => e.Run).ToList();
        }

        foreach (var run in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return run;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _runs.Remove(id);
        }

        return Task.CompletedTask;
    }
}
