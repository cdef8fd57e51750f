using System.Text.Json;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Local.State;

/// <summary>
/// Copies failed files into the data folder's <c>quarantine</c> folder, keeping their relative
/// path, with <c>NAME.reason.json</c> beside each copy saying what went wrong.
/// </summary>
public sealed class FolderQuarantineStore(IOptions<DataFolderOptions> options) : IQuarantineStore
{
    private readonly string _folder = options.Value.QuarantinePath;

    public async Task PutAsync(SourceDocument document, QuarantineRecord record, CancellationToken cancellationToken = default)
    {
        var copy = PathOf(document.Path);
        await AtomicFile.WriteAsync(copy, document.Content, cancellationToken).ConfigureAwait(false);
        await AtomicFile.WriteAsync(copy + ".reason.json", JsonSerializer.SerializeToUtf8Bytes(record, JsonFileStore.Json), cancellationToken).ConfigureAwait(false);
    }

    public Task RemoveAsync(string sourcePath, CancellationToken cancellationToken = default)
    {
        var copy = PathOf(sourcePath);
        // File.Delete ignores a missing file but throws for a missing folder, which is the usual case
        // for a file that was never quarantined.
        if (Directory.Exists(Path.GetDirectoryName(copy)))
        {
            File.Delete(copy);
            File.Delete(copy + ".reason.json");
        }

        return Task.CompletedTask;
    }

    private string PathOf(string sourcePath)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, sourcePath));
        if (!full.StartsWith(Path.GetFullPath(_folder), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The path '{sourcePath}' points outside the quarantine folder.", nameof(sourcePath));
        }

        return full;
    }
}
