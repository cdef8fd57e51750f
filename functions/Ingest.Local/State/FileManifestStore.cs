using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Pipeline.State;
using Microsoft.Extensions.Options;

namespace Ingest.Local.State;

/// <summary>
/// Manifests as JSON files in the data folder, one per document, written atomically. The version
/// used for compare-and-swap is a hash of the file's bytes; one host owns a data folder (the
/// index's write lock sees to that), so an in-process lock makes the compare and the swap atomic.
/// </summary>
public sealed class FileManifestStore(IOptions<DataFolderOptions> options) : IManifestStore
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _folder = options.Value.ManifestPath;

    public async Task<ManifestEntry?> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAsync(PathOf(documentId), cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : new ManifestEntry(Deserialize(bytes, documentId), VersionOf(bytes));
    }

    public async Task<bool> TryWriteAsync(DocumentManifest manifest, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var path = PathOf(manifest.DocumentId);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            var currentVersion = current is null ? null : VersionOf(current);
            if (currentVersion != expectedVersion)
            {
                return false;
            }

            await AtomicFile.WriteAsync(path, JsonSerializer.SerializeToUtf8Bytes(manifest, Json), cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<DocumentManifest> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(_folder, "*.json").Order(StringComparer.Ordinal))
        {
            var bytes = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (bytes is not null)
            {
                yield return Deserialize(bytes, Path.GetFileNameWithoutExtension(file));
            }
        }
    }

    private string PathOf(string documentId) => Path.Combine(_folder, documentId + ".json");

    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static DocumentManifest Deserialize(byte[] bytes, string documentId) =>
        JsonSerializer.Deserialize<DocumentManifest>(bytes, Json)
        ?? throw new InvalidDataException($"The manifest of {documentId} is empty.");

    private static string VersionOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
