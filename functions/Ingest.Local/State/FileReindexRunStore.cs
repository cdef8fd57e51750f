using System.Runtime.CompilerServices;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Options;

namespace Ingest.Local.State;

/// <summary>Re-index runs as JSON files in <c>{data}/reindex</c>, one per run, written atomically with compare-and-swap.</summary>
public sealed class FileReindexRunStore(IOptions<DataFolderOptions> options) : IReindexRunStore
{
    private readonly JsonFileStore _files = new();
    private readonly string _folder = options.Value.ReindexPath;

    public async Task<ReindexRunEntry?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        PathOf(id) is { } path && await _files.GetAsync<ReindexRun>(path, cancellationToken).ConfigureAwait(false) is { } found
            ? new ReindexRunEntry(found.Value, found.Version)
            : null;

    /// <exception cref="ArgumentException">The run's id is not made of ASCII letters, digits and '-'.</exception>
    public Task<bool> TryWriteAsync(ReindexRun run, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = PathOf(run.Id) ?? throw new ArgumentException($"'{run.Id}' cannot be a re-index run id: only ASCII letters, digits and '-' can.", nameof(run));
        return _files.TryWriteAsync(path, run, expectedVersion, cancellationToken);
    }

    public async IAsyncEnumerable<ReindexRun> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var run in _files.ListAsync<ReindexRun>(_folder, cancellationToken).ConfigureAwait(false))
        {
            yield return run;
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        PathOf(id) is { } path ? _files.DeleteAsync(path, cancellationToken) : Task.CompletedTask;

    // Ids come from URLs: one that could name anything but a file in the folder names no run.
    private string? PathOf(string id) =>
        id.Length == 0 || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-') ? null : Path.Combine(_folder, id + ".json");
}
