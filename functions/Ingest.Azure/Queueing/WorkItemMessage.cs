using System.Text.Json;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Queueing;

namespace Ingest.Azure.Queueing;

/// <summary>
/// The text of a work-queue message: the <see cref="WorkItem"/> as camelCase JSON with the kind as a
/// name, e.g. <c>{"kind":"Ingest","path":"a/b.txt","force":false,"reindexId":null}</c>. The queue client
/// base64-encodes it on the wire.
/// </summary>
public static class WorkItemMessage
{
    public static string Serialize(WorkItem item) => JsonSerializer.Serialize(item, StorageJson.Messages);

    /// <summary>Reads a message written by <see cref="Serialize"/>; kinds are accepted as names or numbers.</summary>
    public static WorkItem Deserialize(string message) =>
        JsonSerializer.Deserialize<WorkItem>(message, StorageJson.Messages)
        ?? throw new JsonException("The work-queue message is the JSON literal null.");
}
