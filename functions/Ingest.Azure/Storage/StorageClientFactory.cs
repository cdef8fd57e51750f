using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Ingest.Azure.Storage;

/// <summary>
/// Builds the storage clients from <see cref="AzureStorageOptions"/>: a connection string, or service
/// URIs with <see cref="DefaultAzureCredential"/>. Queue clients encode messages as base64, which is
/// what the Functions queue trigger expects by default. The client's service version is not pinned:
/// Azurite must run with <c>--skipApiVersionCheck</c> to accept the SDK's newest version.
/// </summary>
public static class StorageClientFactory
{
    /// <summary>
    /// Binds <c>Ingest:AzureStorage</c> from <paramref name="configuration"/> and, when that configures no
    /// account, applies the Functions connection <c>IngestStorage</c> the way the Functions host reads it.
    /// </summary>
    public static AzureStorageOptions ReadOptions(IConfiguration configuration)
    {
        var options = new AzureStorageOptions();
        configuration.GetSection(AzureStorageOptions.SectionName).Bind(options);
        new AzureStorageOptionsSetup(configuration).PostConfigure(null, options);
        return options;
    }

    public static BlobServiceClient CreateBlobServiceClient(AzureStorageOptions options, BlobClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobServiceClient(options.ConnectionString, clientOptions);
        }

        return new BlobServiceClient(
            options.BlobServiceUri ?? throw Missing(nameof(options.BlobServiceUri)), CreateCredential(options), clientOptions);
    }

    public static QueueServiceClient CreateQueueServiceClient(AzureStorageOptions options, QueueClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        clientOptions ??= new QueueClientOptions();
        clientOptions.MessageEncoding = QueueMessageEncoding.Base64;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new QueueServiceClient(options.ConnectionString, clientOptions);
        }

        return new QueueServiceClient(
            options.QueueServiceUri ?? throw Missing(nameof(options.QueueServiceUri)), CreateCredential(options), clientOptions);
    }

    private static TokenCredential CreateCredential(AzureStorageOptions options) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });

    private static InvalidOperationException Missing(string setting) =>
        new($"{AzureStorageOptions.SectionName}:{setting} is not configured and no connection string is given.");
}
