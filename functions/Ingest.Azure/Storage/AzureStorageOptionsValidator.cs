using Microsoft.Extensions.Options;

namespace Ingest.Azure.Storage;

/// <summary>Checks that exactly one way to reach the storage account is configured.</summary>
internal sealed class AzureStorageOptionsValidator : IValidateOptions<AzureStorageOptions>
{
    private const string Help =
        $"Set {AzureStorageOptions.SectionName}:ConnectionString, or {AzureStorageOptions.SectionName}:BlobServiceUri and :QueueServiceUri, " +
        $"or the Functions connection '{StorageNames.Connection}' (a connection string, or {StorageNames.Connection}__serviceUri / __blobServiceUri and __queueServiceUri).";

    public ValidateOptionsResult Validate(string? name, AzureStorageOptions options)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasUris = options.BlobServiceUri is not null || options.QueueServiceUri is not null;
        if (hasConnectionString && hasUris)
        {
            return ValidateOptionsResult.Fail($"Both a storage connection string and service URIs are configured; configure one. {Help}");
        }

        if (!hasConnectionString && !hasUris)
        {
            return ValidateOptionsResult.Fail($"No storage account is configured. {Help}");
        }

        if (hasUris)
        {
            var failures = new List<string>();
            CheckUri(options.BlobServiceUri, nameof(options.BlobServiceUri), failures);
            CheckUri(options.QueueServiceUri, nameof(options.QueueServiceUri), failures);
            if (failures.Count > 0)
            {
                return ValidateOptionsResult.Fail(failures);
            }
        }

        return ValidateOptionsResult.Success;
    }

    private static void CheckUri(Uri? uri, string setting, List<string> failures)
    {
        if (uri is null)
        {
            failures.Add($"{AzureStorageOptions.SectionName}:{setting} is missing: identity-based access needs both service URIs. {Help}");
        }
        else if (!uri.IsAbsoluteUri || uri.Scheme is not ("https" or "http"))
        {
            failures.Add($"{AzureStorageOptions.SectionName}:{setting} must be an absolute http(s) URI.");
        }
    }
}
