using Ingest.Pipeline.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Indexing;

/// <summary>
/// The generations of the search index and the moves between them: begin building a new one,
/// switch to it atomically (one catalog write), roll back to the previous one. Reads of the
/// catalog are cached (see <see cref="IndexGenerationOptions"/>); moves are compare-and-swap
/// writes, so two instances never both switch.
/// </summary>
public sealed partial class IndexGenerations(
    ISearchIndexFactory factory,
    IIndexCatalogStore store,
    IOptions<IndexGenerationOptions> options,
    TimeProvider time,
    ILogger<IndexGenerations> logger)
{
    private const int MaxRounds = 10;
    private readonly Lock _gate = new();
    private IndexCatalog? _cached;
    private long _cachedAt;

    /// <summary>How long a change of the catalog may take to reach every instance.</summary>
    public TimeSpan PropagationDelay => options.Value.Shared ? options.Value.RefreshInterval : TimeSpan.Zero;

    /// <summary>The catalog as this instance knows it (at most <see cref="IndexGenerationOptions.RefreshInterval"/> old when shared).</summary>
    public async ValueTask<IndexCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_cached is not null && (!options.Value.Shared || time.GetElapsedTime(_cachedAt) < options.Value.RefreshInterval))
            {
                return _cached;
            }
        }

        var entry = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        return Remember(entry?.Catalog ?? IndexCatalog.Initial);
    }

    /// <summary>The index of one generation.</summary>
    public ISearchIndex Open(int generation) => factory.Open(generation);

    /// <summary>
    /// Creates an empty generation for run <paramref name="runId"/> to fill, dropping one that an
    /// earlier, unfinished full re-index left behind. Returns its number.
    /// </summary>
    public async Task<int> BeginBuildAsync(string runId, CancellationToken cancellationToken = default)
    {
        for (var round = 1; round <= MaxRounds; round++)
        {
            var entry = await store.GetAsync(cancellationToken).ConfigureAwait(false);
            var current = entry?.Catalog ?? IndexCatalog.Initial;
            var generation = current.Next;
            // Empty it before the catalog names it: once named, other writers may already be filling it.
            await factory.DropAsync(generation, cancellationToken).ConfigureAwait(false);
            if (!await store.TryWriteAsync(current with { Building = generation, BuildingRunId = runId }, entry?.Version, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            Remember(current with { Building = generation, BuildingRunId = runId });
            if (current.Building is { } abandoned)
            {
                await factory.DropAsync(abandoned, cancellationToken).ConfigureAwait(false);
                LogDropped(abandoned, "an unfinished full re-index left it");
            }

            LogBuilding(generation, runId);
            return generation;
        }

        throw new InvalidOperationException($"The index catalog kept changing under {MaxRounds} attempts to update it.");
    }

    /// <summary>
    /// Makes <paramref name="generation"/> (the one being built) active in one catalog write; the
    /// generation it replaces becomes <see cref="IndexCatalog.Previous"/>, and the one before that is dropped.
    /// </summary>
    public async Task<IndexCatalog> SwitchAsync(int generation, CancellationToken cancellationToken = default)
    {
        int? dropped = null;
        var catalog = await UpdateAsync(current =>
        {
            if (current.Building != generation)
            {
                throw new InvalidOperationException($"Generation {generation} is not being built (the catalog says {current.Building?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).");
            }

            dropped = current.Previous;
            return new IndexCatalog { Active = generation, Previous = current.Active, SwitchedAt = time.GetUtcNow() };
        }, cancellationToken).ConfigureAwait(false);
        LogSwitched(catalog.Active, catalog.Previous!.Value);
        if (dropped is { } old)
        {
            await factory.DropAsync(old, cancellationToken).ConfigureAwait(false);
            LogDropped(old, "two switches replaced it");
        }

        return catalog;
    }

    /// <summary>
    /// Stops building <paramref name="generation"/> (its run failed) and drops it, so writes go
    /// to the active generation only again. Nothing happens when another generation is being built.
    /// </summary>
    public async Task AbandonBuildAsync(int generation, CancellationToken cancellationToken = default)
    {
        var abandoned = false;
        await UpdateAsync(current =>
        {
            abandoned = current.Building == generation;
            return abandoned ? current with { Building = null, BuildingRunId = null } : current;
        }, cancellationToken).ConfigureAwait(false);
        if (abandoned)
        {
            await factory.DropAsync(generation, cancellationToken).ConfigureAwait(false);
            LogDropped(generation, "its full re-index failed");
        }
    }

    /// <summary>
    /// Makes the previous generation active again (and the current one previous, so a second
    /// rollback undoes the first). Returns the catalog before and after.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no previous generation.</exception>
    public async Task<(IndexCatalog Before, IndexCatalog After)> RollbackAsync(CancellationToken cancellationToken = default)
    {
        IndexCatalog? before = null;
        var after = await UpdateAsync(current =>
        {
            before = current;
            if (current.Previous is not { } previous)
            {
                throw new InvalidOperationException("There is no previous index generation to roll back to: no full re-index has switched yet.");
            }

            return current with { Active = previous, Previous = current.Active, SwitchedAt = time.GetUtcNow() };
        }, cancellationToken).ConfigureAwait(false);
        LogRolledBack(after.Active, after.Previous!.Value);
        return (before!, after);
    }

    private async Task<IndexCatalog> UpdateAsync(Func<IndexCatalog, IndexCatalog> change, CancellationToken cancellationToken)
    {
        for (var round = 1; round <= MaxRounds; round++)
        {
            var entry = await store.GetAsync(cancellationToken).ConfigureAwait(false);
            var next = change(entry?.Catalog ?? IndexCatalog.Initial);
            if (await store.TryWriteAsync(next, entry?.Version, cancellationToken).ConfigureAwait(false))
            {
                return Remember(next);
            }
        }

        throw new InvalidOperationException($"The index catalog kept changing under {MaxRounds} attempts to update it.");
    }

    private IndexCatalog Remember(IndexCatalog catalog)
    {
        lock (_gate)
        {
            _cached = catalog;
            _cachedAt = time.GetTimestamp();
            return catalog;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building index generation {Generation} for re-index {ReindexId}")]
    private partial void LogBuilding(int generation, string reindexId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Switched to index generation {Generation}; generation {Previous} is kept for a rollback")]
    private partial void LogSwitched(int generation, int previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolled back to index generation {Generation}; generation {Previous} is kept")]
    private partial void LogRolledBack(int generation, int previous);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped index generation {Generation}: {Why}")]
    private partial void LogDropped(int generation, string why);
}
