namespace Ingest.Pipeline.Failures;

/// <summary>
/// A failure of a dependency (index, storage, queue) that may succeed when tried again. Adapters
/// translate vendor exceptions into this type so that retry decisions never look at vendor types.
/// </summary>
public sealed class TransientStoreException(string message, Exception? inner = null, TimeSpan? retryAfter = null)
    : Exception(message, inner)
{
    /// <summary>How long the dependency asked callers to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
