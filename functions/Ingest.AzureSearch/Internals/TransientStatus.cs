using Azure;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ingest.AzureSearch.Internals;

/// <summary>Which failures are worth another attempt.</summary>
internal static class TransientStatus
{
    /// <summary>Whole-request statuses that may succeed later; 0 is a transport failure with no response.</summary>
    public static bool IsTransient(int status) => status is 0 or 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Per-item statuses of an indexing batch that the service documents as retryable.</summary>
    public static bool IsTransientItem(int status) => status is 409 or 422 or 429 or 503;

    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException e => IsTransient(e.Status),
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException or PartialBatchException => true,
        _ => false,
    };
}
