using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Where <c>ingest serve</c> reads articles: a folder, or a blob container given as a storage
/// connection string with one extra key, <c>Container=NAME</c>
/// (<c>UseDevelopmentStorage=true;Container=articles</c>). A value that contains both <c>=</c> and
/// <c>;</c>, or starts with <c>UseDevelopmentStorage</c>, is read as a connection string; anything
/// else is a folder.
/// </summary>
/// <remarks>
/// The connection string can carry an account key or a SAS token, so neither <see cref="ToString"/>
/// nor any parse error ever contains it: they name keys and the blob endpoint, never values.
/// </remarks>
public sealed partial class SourceLocation
{
    /// <summary>The key that names the container; it is not a storage key, so it is taken out before the SDK sees the string.</summary>
    public const string ContainerKey = "Container";

    private const string DevelopmentStoragePrefix = "UseDevelopmentStorage";
    private const string Example = "UseDevelopmentStorage=true;Container=articles";

    private SourceLocation(SourceKind kind, string? folderPath, string? connectionString, string? containerName, Uri? blobEndpoint)
    {
        Kind = kind;
        FolderPath = folderPath;
        ConnectionString = connectionString;
        ContainerName = containerName;
        BlobEndpoint = blobEndpoint;
    }

    public SourceKind Kind { get; }

    /// <summary>Full path of the folder; null for a container.</summary>
    public string? FolderPath { get; }

    /// <summary>The storage connection string without the <c>Container</c> key; null for a folder. It may hold a secret: never log it.</summary>
    public string? ConnectionString { get; }

    /// <summary>Name of the blob container; null for a folder.</summary>
    public string? ContainerName { get; }

    /// <summary>The account's blob endpoint without query (so without a SAS token), for messages; null for a folder.</summary>
    public Uri? BlobEndpoint { get; }

    /// <summary>A folder source; relative paths are taken from the current directory.</summary>
    public static SourceLocation Folder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SourceLocation(SourceKind.Folder, Path.GetFullPath(path), null, null, null);
    }

    /// <summary>True when <paramref name="value"/> is to be read as a connection string rather than a folder.</summary>
    public static bool IsConnectionString(string value) =>
        value.TrimStart().StartsWith(DevelopmentStoragePrefix, StringComparison.OrdinalIgnoreCase) || (value.Contains('=') && value.Contains(';'));

    /// <summary>
    /// Reads a <c>--source</c> value. On failure <paramref name="error"/> says what is wrong in terms
    /// safe to print (key names, never values other than the container name).
    /// </summary>
    public static bool TryParse(string value, [NotNullWhen(true)] out SourceLocation? source, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        source = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "--source is empty: give a folder or a storage connection string with Container=NAME.";
            return false;
        }

        if (!IsConnectionString(value))
        {
            source = Folder(value);
            error = null;
            return true;
        }

        return TryParseConnectionString(value, out source, out error);
    }

    public override string ToString() => Kind == SourceKind.Folder
        ? $"folder {FolderPath}"
        : $"blob container {ContainerName} at {BlobEndpoint}";

    private static bool TryParseConnectionString(string value, [NotNullWhen(true)] out SourceLocation? source, [NotNullWhen(false)] out string? error)
    {
        source = null;
        var kept = new List<string>();
        var keys = new List<string>();
        string? container = null;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split at the first '=' only: account keys and SAS tokens end in '=' padding.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = "--source looks like a storage connection string, but one of its parts is not KEY=VALUE.";
                return false;
            }

            var key = part[..equals].Trim();
            if (!key.Equals(ContainerKey, StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(part);
                keys.Add(key);
                continue;
            }

            if (container is not null)
            {
                error = $"--source gives the {ContainerKey} key twice; give it once.";
                return false;
            }

            container = part[(equals + 1)..].Trim();
        }

        if (container is null)
        {
            error = $"--source looks like a storage connection string but has no {ContainerKey} key: add ;{ContainerKey}=NAME (for example {Example}).";
            return false;
        }

        if (!ContainerNameRule().IsMatch(container))
        {
            error = $"--source names the container '{container}', which is not a valid container name: 3 to 63 lower-case letters, digits and single hyphens.";
            return false;
        }

        var connectionString = string.Join(';', kept);
        Uri endpoint;
        try
        {
            // The SDK's own parser decides what a valid connection string is; its messages are not
            // shown because they are not ours to vet for secrets.
            endpoint = new BlobServiceClient(connectionString).Uri;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            error = $"--source is not a valid storage connection string (it gives the keys {(keys.Count == 0 ? "(none)" : string.Join(", ", keys))} besides {ContainerKey}). " +
                $"Use {Example}, or the account's connection string followed by ;{ContainerKey}=NAME.";
            return false;
        }

        source = new SourceLocation(SourceKind.Container, null, connectionString, container, new Uri(endpoint.GetLeftPart(UriPartial.Path)));
        error = null;
        return true;
    }

    /// <summary>The storage service's rule for container names.</summary>
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerNameRule();
}
