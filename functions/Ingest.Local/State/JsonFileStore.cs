using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Local.State;

/// <summary>
/// JSON records in files, each written atomically, with compare-and-swap on a version that is a
/// hash of the file's bytes. One host owns a data folder (the index's write lock sees to that),
/// so an in-process lock makes the compare and the swap atomic.
/// </summary>
internal sealed class JsonFileStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The record in <paramref name="path"/> and its version, or null when there is no file.</summary>
    public async Task<(T Value, string Version)?> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : (Deserialize<T>(bytes, path), VersionOf(bytes));
    }

    /// <summary>Writes <paramref name="value"/> if the file's version still equals <paramref name="expectedVersion"/> (null: only if there is no file).</summary>
    public async Task<bool> TryWriteAsync<T>(string path, T value, string? expectedVersion, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if ((current is null ? null : VersionOf(current)) != expectedVersion)
            {
                return false;
            }

            await AtomicFile.WriteAsync(path, JsonSerializer.SerializeToUtf8Bytes(value, Json), cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every record in <paramref name="folder"/> (files <c>*.json</c>, in name order).</summary>
    public async IAsyncEnumerable<T> ListAsync<T>(string folder, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var bytes = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (bytes is not null)
            {
                yield return Deserialize<T>(bytes, file);
            }
        }
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            File.Delete(path);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static T Deserialize<T>(byte[] bytes, string path) =>
        JsonSerializer.Deserialize<T>(bytes, Json) ?? throw new InvalidDataException($"The file {path} holds no record.");

    private static string VersionOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
