using System.Text.Json;

namespace Ingest.Cli.Hosting;

/// <summary>
/// What <c>ingest serve</c> leaves in its data folder (<c>serve.json</c>) while it runs, so that
/// <c>ingest reindex</c> on the same data folder asks the running host instead of fighting over
/// the index's write lock.
/// </summary>
/// <param name="ProcessId">The serving process.</param>
/// <param name="Port">Loopback port of its HTTP API.</param>
/// <param name="Source">What it ingests (as <see cref="SourceLocation.ToString"/>, no secrets).</param>
/// <param name="StartedAt">When it started.</param>
internal sealed record ServeMarker(int ProcessId, int Port, string Source, DateTimeOffset StartedAt)
{
    public const string FileName = "serve.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [System.Text.Json.Serialization.JsonIgnore]
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static string PathIn(string dataFolder) => Path.Combine(Path.GetFullPath(dataFolder), FileName);

    /// <summary>The marker in <paramref name="dataFolder"/>, or null when there is none or it cannot be read.</summary>
    public static ServeMarker? TryRead(string dataFolder)
    {
        try
        {
            return JsonSerializer.Deserialize<ServeMarker>(File.ReadAllBytes(PathIn(dataFolder)), Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the process that wrote the marker is still running.</summary>
    public bool ProcessAlive()
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(ProcessId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public void Write(string dataFolder)
    {
        Directory.CreateDirectory(Path.GetFullPath(dataFolder));
        var path = PathIn(dataFolder);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes the marker if it is still this one (another host may have taken the folder since).</summary>
    public void Remove(string dataFolder)
    {
        if (TryRead(dataFolder) is { } current && current.ProcessId == ProcessId && current.Port == Port)
        {
            File.Delete(PathIn(dataFolder));
        }
    }
}
