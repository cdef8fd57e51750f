using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Storage;

/// <summary>
/// Falls back to the Functions connection <c>IngestStorage</c> when <c>Ingest:AzureStorage</c> configures
/// no account itself. Runs after binding and before validation.
/// </summary>
internal sealed class AzureStorageOptionsSetup(IConfiguration configuration) : IPostConfigureOptions<AzureStorageOptions>
{
    public void PostConfigure(string? name, AzureStorageOptions options)
    {
        var configuredHere = !string.IsNullOrWhiteSpace(options.ConnectionString) || options.BlobServiceUri is not null || options.QueueServiceUri is not null;
        if (!configuredHere)
        {
            StorageConnectionSettings.TryApply(configuration, StorageNames.Connection, options);
        }
    }
}
