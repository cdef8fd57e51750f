using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace Ingest.Pipeline.Tagging.Themes;

/// <summary>
/// The theme taxonomy: an editable JSON file (see <c>taxonomy.json</c> beside this type, embedded
/// as the default). <see cref="Version"/> is a hash of the file's content, so editing the taxonomy
/// makes every indexed document stale for the re-index job.
/// </summary>
public sealed class Taxonomy
{
    private const string DefaultResource = "Ingest.Pipeline.Tagging.Themes.taxonomy.json";
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private Taxonomy(IReadOnlyList<Theme> themes, string version)
    {
        Themes = themes;
        Version = version;
    }

    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>First 12 hex digits of the SHA-256 of the taxonomy file.</summary>
    public string Version { get; }

    public static Taxonomy LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray(), "the embedded default taxonomy");
    }

    public static Taxonomy LoadFile(string path) => Parse(File.ReadAllBytes(path), path);

    public static Taxonomy Parse(byte[] utf8Json, string origin)
    {
        TaxonomyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TaxonomyFile>(utf8Json, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The taxonomy in {origin} is not valid JSON: {ex.Message}", ex);
        }

        if (file?.Themes is not { Count: > 0 } themes)
        {
            throw new InvalidDataException($"The taxonomy in {origin} has no themes.");
        }

        var duplicate = themes.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The taxonomy in {origin} defines theme '{duplicate.Key}' twice.");
        }

        var empty = themes.FirstOrDefault(t => t.Keywords.Count == 0 || t.Keywords.Values.Any(w => w <= 0 || double.IsNaN(w)));
        if (empty is not null)
        {
            throw new InvalidDataException($"Theme '{empty.Id}' in {origin} needs at least one keyword, each with a positive weight.");
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(utf8Json))[..12];
        return new Taxonomy(themes, version);
    }

    private sealed record TaxonomyFile(List<Theme> Themes);
}
