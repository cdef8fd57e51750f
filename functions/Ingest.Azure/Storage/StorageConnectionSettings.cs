using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Ingest.Azure.Storage;

/// <summary>
/// Reads a Functions storage connection (e.g. <c>IngestStorage</c>) the way the Functions host and its
/// storage extensions do, so that the adapters and the triggers share one set of app settings:
/// <list type="number">
/// <item>the section is <c>ConnectionStrings:AzureWebJobsNAME</c>, <c>AzureWebJobsNAME</c>, <c>ConnectionStrings:NAME</c> or <c>NAME</c>, first found;</item>
/// <item>a plain value is a connection string;</item>
/// <item>otherwise <c>NAME__blobServiceUri</c> and <c>NAME__queueServiceUri</c>, or <c>NAME__serviceUri</c> (the blob
/// endpoint; the queue endpoint is derived from a standard <c>ACCOUNT.blob.SUFFIX</c> host), or <c>NAME__accountName</c>
/// (public cloud endpoints), with <c>NAME__clientId</c> for a user-assigned identity.</item>
/// </list>
/// </summary>
internal static class StorageConnectionSettings
{
    private const string WebJobsPrefix = "AzureWebJobs";

    /// <summary>Copies the connection into <paramref name="options"/>; false when the connection is not configured.</summary>
    public static bool TryApply(IConfiguration configuration, string connectionName, AzureStorageOptions options)
    {
        var section = Find(configuration, connectionName);
        if (section is null)
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            options.ConnectionString = section.Value;
            return true;
        }

        var accountName = section["accountName"];
        var blob = UriOrNull(section["blobServiceUri"]) ?? UriOrNull(section["serviceUri"]) ?? PublicEndpoint(accountName, "blob");
        var queue = UriOrNull(section["queueServiceUri"]) ?? PublicEndpoint(accountName, "queue") ?? QueueEndpointBeside(blob);
        if (blob is null && queue is null)
        {
            return false;
        }

        options.BlobServiceUri = blob;
        options.QueueServiceUri = queue;
        options.ManagedIdentityClientId ??= section["clientId"];
        return true;
    }

    private static IConfigurationSection? Find(IConfiguration configuration, string connectionName)
    {
        foreach (var name in (string[])[WebJobsPrefix + connectionName, connectionName])
        {
            var connectionString = configuration.GetSection("ConnectionStrings").GetSection(name);
            if (connectionString.Exists())
            {
                return connectionString;
            }

            var setting = configuration.GetSection(name);
            if (setting.Exists())
            {
                return setting;
            }
        }

        return null;
    }

    private static Uri? UriOrNull(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new Uri(value.Trim(), UriKind.Absolute);

    private static Uri? PublicEndpoint(string? accountName, string service) =>
        string.IsNullOrWhiteSpace(accountName)
            ? null
            : new Uri(string.Format(CultureInfo.InvariantCulture, "https://{0}.{1}.core.windows.net", accountName.Trim(), service));

    /// <summary><c>https://acct.blob.core.windows.net</c> → <c>https://acct.queue.core.windows.net</c>; null for any other shape.</summary>
    private static Uri? QueueEndpointBeside(Uri? blobEndpoint)
    {
        if (blobEndpoint is null)
        {
            return null;
        }

        var labels = blobEndpoint.Host.Split('.');
        if (labels.Length < 3 || !labels[1].Equals("blob", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        labels[1] = "queue";
        return new UriBuilder(blobEndpoint) { Host = string.Join('.', labels) }.Uri;
    }
}
