namespace Ingest.AzureSearch.Internals;

/// <summary>Some actions of an indexing batch failed with a retryable status; the retry resends only those.</summary>
internal sealed class PartialBatchException(IReadOnlyList<string> keys)
    : Exception($"{keys.Count} indexing actions failed with a retryable status.")
{
    public IReadOnlyList<string> Keys { get; } = keys;
}
