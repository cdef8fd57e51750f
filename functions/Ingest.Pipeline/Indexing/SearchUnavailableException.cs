namespace Ingest.Pipeline.Indexing;

/// <summary>The index cannot answer queries now; the API turns this into 503 with Retry-After.</summary>
public sealed class SearchUnavailableException(string message, Exception? inner = null, TimeSpan? retryAfter = null)
    : Exception(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter ?? TimeSpan.FromSeconds(5);
}
