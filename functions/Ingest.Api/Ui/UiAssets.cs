using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Ingest.Api.Ui;

/// <summary>
/// The search page's files, embedded in this assembly so that the local host and the Functions app
/// serve the same bytes without a content root on disk. Lookups go through a fixed dictionary of
/// resource names, never through the file system, so a request path cannot reach anything else.
/// </summary>
internal static class UiAssets
{
    public const string PageName = "index.html";
    private const string ResourcePrefix = "Ingest.Api.Ui.Assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, UiAsset>> All = new(Load);

    public static UiAsset Page => All.Value.TryGetValue(PageName, out var page)
        ? page
        : throw new InvalidOperationException($"The search page ({PageName}) is missing from the build.");

    public static IEnumerable<string> Names => All.Value.Keys;

    public static UiAsset? Find(string name) => All.Value.GetValueOrDefault(name);

    public static UiAsset Create(string name, byte[] content) => new(
        name,
        content,
        ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"),
        $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");

    private static FrozenDictionary<string, UiAsset> Load()
    {
        var assembly = typeof(UiAssets).Assembly;
        var assets = new Dictionary<string, UiAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            assets[name] = Create(name, Read(assembly, resource));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} cannot be read.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
