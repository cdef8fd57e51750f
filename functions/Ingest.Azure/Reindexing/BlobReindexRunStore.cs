using Azure.Storage.Blobs;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Reindexing;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Reindexing;

/// <summary>
/// Re-index runs as JSON blobs <c>reindex/{runId}.json</c> in the state container, so every instance
/// answers for every run and adds its items' outcomes to it. The version is the blob's ETag and
/// writes are compare-and-swap (see <see cref="JsonBlobs"/>).
/// </summary>
public sealed class BlobReindexRunStore(BlobServiceClient blobs, IOptions<AzureStorageOptions> options) : IReindexRunStore
{
    /// <summary>How many runs <see cref="ListAsync"/> downloads at once; the service keeps a few dozen at most.</summary>
    private const int ListConcurrency = 16;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.StateContainer);

    public async Task<ReindexRunEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        // An id that cannot be a run's (a path, say, from GET /api/reindex/{id}) names no run.
        if (!IsValidId(id))
        {
            return null;
        }

        var read = await JsonBlobs.TryReadAsync<ReindexRun>(_container.GetBlobClient(BlobNameOf(id)), cancellationToken).ConfigureAwait(false);
        return read is var (run, version) ? new ReindexRunEntry(run, version) : null;
    }

    public Task<bool> TryWriteAsync(ReindexRun run, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!IsValidId(run.Id))
        {
            throw new ArgumentException($"'{run.Id}' is not a valid re-index run id: letters, digits, '-' and '_' only.", nameof(run));
        }

        return JsonBlobs.TryWriteAsync(_container.GetBlobClient(BlobNameOf(run.Id)), run, expectedVersion, cancellationToken);
    }

    /// <summary>Every stored run, in id order (which is start order for the ids the service makes).</summary>
    public IAsyncEnumerable<ReindexRun> ListAsync(CancellationToken cancellationToken = default) =>
        JsonBlobs.ListAsync<ReindexRun>(_container, StorageNames.ReindexRunPrefix, ListConcurrency, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        IsValidId(id) ? JsonBlobs.DeleteAsync(_container.GetBlobClient(BlobNameOf(id)), cancellationToken) : Task.CompletedTask;

    internal static string BlobNameOf(string id) => StorageNames.ReindexRunPrefix + id + ".json";

    private static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
