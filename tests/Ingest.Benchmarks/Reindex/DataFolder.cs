using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Benchmarks.Reindex;

/// <summary>
/// Reads what <c>ingest</c> leaves in a data folder, from the outside: re-index runs
/// (<c>reindex/{id}.json</c>), manifests (<c>manifests/*.json</c>), the catalog of index
/// generations (<c>index-catalog.json</c>) and the generation folders (<c>index/gen-N</c>).
/// </summary>
internal sealed class DataFolder(string path)
{
    // The data folder's own JSON conventions (Ingest.Local writes them with these web defaults).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string ManifestPath => System.IO.Path.Combine(Path, "manifests");

    private string RunFolder => System.IO.Path.Combine(Path, "reindex");

    /// <summary>The ids of the runs kept in the folder.</summary>
    public IReadOnlySet<string> RunIds() =>
        Directory.Exists(RunFolder)
            ? Directory.EnumerateFiles(RunFolder, "*.json").Select(f => System.IO.Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A run as stored, and the stored text itself (for failure messages).</summary>
    public (ReindexRun Run, string Json) ReadRun(string id)
    {
        var json = File.ReadAllText(System.IO.Path.Combine(RunFolder, id + ".json"));
        return (JsonSerializer.Deserialize<ReindexRun>(json, Json) ?? throw new InvalidDataException($"The run file of {id} holds no run."), json);
    }

    /// <summary>The catalog; a data folder that never switched generations has none and uses generation 1.</summary>
    public IndexCatalog Catalog()
    {
        var file = System.IO.Path.Combine(Path, "index-catalog.json");
        return File.Exists(file)
            ? JsonSerializer.Deserialize<IndexCatalog>(File.ReadAllText(file), Json) ?? throw new InvalidDataException($"{file} holds no catalog.")
            : IndexCatalog.Initial;
    }

    public string GenerationPath(int generation) =>
        System.IO.Path.Combine(Path, "index", "gen-" + generation.ToString(CultureInfo.InvariantCulture));

    /// <summary>How many manifests carry each pipeline version.</summary>
    public IReadOnlyDictionary<string, int> ManifestVersions()
    {
        var versions = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(ManifestPath, "*.json"))
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(file));
            var version = manifest.RootElement.TryGetProperty("pipelineVersion", out var value) ? value.GetString() ?? "(null)" : "(missing)";
            versions[version] = versions.GetValueOrDefault(version) + 1;
        }

        return versions;
    }
}
