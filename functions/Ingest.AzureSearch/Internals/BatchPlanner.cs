using System.Text.Json;
using Azure.Search.Documents.Models;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// Splits indexing actions into requests within the service limits: at most the configured batch
/// size (the service allows 1,000 actions) and well under the 16 MB request limit, measured as
/// the documents' JSON size.
/// </summary>
internal static class BatchPlanner
{
    /// <summary>Leaves room under 16 MB for the envelope and the action names.</summary>
    public const long MaxBytes = 12 * 1024 * 1024;

    public static IEnumerable<List<IndexDocumentsAction<SearchDocument>>> Split(IEnumerable<IndexDocumentsAction<SearchDocument>> actions, int batchSize, long maxBytes = MaxBytes)
    {
        var batch = new List<IndexDocumentsAction<SearchDocument>>();
        long bytes = 0;
        foreach (var action in actions)
        {
            var size = JsonSerializer.SerializeToUtf8Bytes(action.Document).LongLength + 32;
            if (batch.Count > 0 && (batch.Count >= batchSize || bytes + size > maxBytes))
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            batch.Add(action);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
