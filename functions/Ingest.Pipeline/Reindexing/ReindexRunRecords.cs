namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// The stored re-index runs as the service reads and changes them. Every instance writes the same
/// run (checkpoints, counts, the switch), so each change is a compare-and-swap on the stored
/// version, tried again on the run as it is now when another writer got there first.
/// </summary>
internal sealed class ReindexRunRecords(IReindexRunStore store, ReindexOptions options, TimeProvider time)
{
    private const int MaxRounds = 10;

    /// <summary>The stored run with this id, or null when there is none.</summary>
    public async Task<ReindexRun?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetAsync(id, cancellationToken).ConfigureAwait(false))?.Run;

    /// <summary>The most recently started run, or null when none is stored.</summary>
    public async Task<ReindexRun?> LatestAsync(CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Every stored run, the most recently started first.</summary>
    public async Task<IReadOnlyList<ReindexRun>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<ReindexRun>();
        await foreach (var run in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(run);
        }

        return [.. all.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>Stores a new run.</summary>
    /// <exception cref="InvalidOperationException">A run with its id is stored already.</exception>
    public async Task AddAsync(ReindexRun run, CancellationToken cancellationToken)
    {
        if (!await store.TryWriteAsync(run, null, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Re-index run id {run.Id} already exists.");
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(id, cancellationToken);

    /// <summary>Applies <paramref name="change"/> with compare-and-swap; null from it means "leave as is". Returns the stored run, or null when it does not exist.</summary>
    public async Task<ReindexRun?> UpdateAsync(string id, Func<ReindexRun, ReindexRun?> change, CancellationToken cancellationToken)
    {
        for (var round = 1; round <= MaxRounds; round++)
        {
            var entry = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                return null;
            }

            var next = change(entry.Run);
            if (next is null)
            {
                return entry.Run;
            }

            if (await store.TryWriteAsync(next, entry.Version, cancellationToken).ConfigureAwait(false))
            {
                return next;
            }
        }

        throw new InvalidOperationException($"Re-index run {id} kept changing under {MaxRounds} attempts to update it.");
    }

    /// <summary>Marks the run failed with <paramref name="error"/> unless it has ended already. Returns the stored run, or null when it does not exist.</summary>
    public Task<ReindexRun?> MarkFailedAsync(string id, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, r => r.IsActive ? r with { State = ReindexState.Failed, Error = error, CompletedAt = time.GetUtcNow() } : null, cancellationToken);

    /// <summary>Deletes the ended runs beyond the newest <see cref="ReindexOptions.KeptRuns"/>.</summary>
    public async Task PruneAsync(CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var old in all.Skip(options.KeptRuns).Where(r => !r.IsActive))
        {
            await store.DeleteAsync(old.Id, cancellationToken).ConfigureAwait(false);
        }
    }
}
