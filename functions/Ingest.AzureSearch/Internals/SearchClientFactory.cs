using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;

namespace Ingest.AzureSearch.Internals;

/// <summary>Creates the SDK clients: key or Entra ID credential, and client options that leave retrying to the Polly pipeline.</summary>
internal static class SearchClientFactory
{
    public static SearchIndexClient Create(AzureSearchOptions options, Action<SearchClientOptions>? configure)
    {
        var clientOptions = new SearchClientOptions();

        // The Polly pipeline retries with Retry-After, timeouts and a circuit breaker; the SDK's own
        // retry would multiply every attempt (4 × 4), so it is off.
        clientOptions.Retry.MaxRetries = 0;
        configure?.Invoke(clientOptions);

        var endpoint = options.Endpoint ?? throw new InvalidOperationException($"{AzureSearchOptions.SectionName}:Endpoint is required.");
        return string.IsNullOrEmpty(options.ApiKey)
            ? new SearchIndexClient(endpoint, Credential(options), clientOptions)
            : new SearchIndexClient(endpoint, new AzureKeyCredential(options.ApiKey), clientOptions);
    }

    private static TokenCredential Credential(AzureSearchOptions options) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
}
