namespace Ingest.Azure.Tests.Events;

/// <summary>
/// Events as an Event Grid subscription with a storage-queue destination writes them, following the
/// documented Blob Storage event schema (Event Grid schema and CloudEvents 1.0).
/// </summary>
internal static class EventSamples
{
    private const string Topic = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ingest/providers/Microsoft.Storage/storageAccounts/stingest";

    public static string EventGridBlobDeleted(string container, string blobName, string encodedName) => $$"""
        {
          "topic": "{{Topic}}",
          "subject": "/blobServices/default/containers/{{container}}/blobs/{{blobName}}",
          "eventType": "Microsoft.Storage.BlobDeleted",
          "id": "831e1650-001e-001b-66ab-eeb76e069631",
          "data": {
            "api": "DeleteBlob",
            "requestId": "831e1650-001e-001b-66ab-eeb76e000000",
            "contentType": "text/plain",
            "blobType": "BlockBlob",
            "url": "https://stingest.blob.core.windows.net/{{container}}/{{encodedName}}",
            "sequencer": "0000000000000281000000000002F5CA",
            "storageDiagnostics": { "batchId": "b68529f3-68cd-4744-baa4-3c0498ec19f0" }
          },
          "dataVersion": "",
          "metadataVersion": "1",
          "eventTime": "2024-05-01T20:09:22.5674003Z"
        }
        """;

    public static string EventGridBlobCreated(string container, string blobName) => $$"""
        {
          "topic": "{{Topic}}",
          "subject": "/blobServices/default/containers/{{container}}/blobs/{{blobName}}",
          "eventType": "Microsoft.Storage.BlobCreated",
          "id": "831e1650-001e-001b-66ab-eeb76e069632",
          "data": {
            "api": "PutBlob",
            "clientRequestId": "6d79dbfb-0e37-4fc4-981f-442c9ca65760",
            "requestId": "831e1650-001e-001b-66ab-eeb76e000000",
            "eTag": "\"0x8D4BCC2E4835CD0\"",
            "contentType": "text/plain",
            "contentLength": 524288,
            "blobType": "BlockBlob",
            "url": "https://stingest.blob.core.windows.net/{{container}}/{{blobName}}",
            "sequencer": "00000000000004420000000000028963",
            "storageDiagnostics": { "batchId": "b68529f3-68cd-4744-baa4-3c0498ec19f0" }
          },
          "dataVersion": "",
          "metadataVersion": "1",
          "eventTime": "2024-05-01T20:09:22.5674003Z"
        }
        """;

    public static string CloudEventBlobDeleted(string container, string blobName) => $$"""
        {
          "source": "{{Topic}}",
          "subject": "/blobServices/default/containers/{{container}}/blobs/{{blobName}}",
          "type": "Microsoft.Storage.BlobDeleted",
          "time": "2024-05-01T20:09:22.5674003Z",
          "id": "4c2359fe-001e-00ba-0e04-58586806d298",
          "data": {
            "api": "DeleteBlob",
            "requestId": "4c2359fe-001e-00ba-0e04-585868000000",
            "contentType": "text/plain",
            "blobType": "BlockBlob",
            "url": "https://stingest.blob.core.windows.net/{{container}}/{{blobName}}",
            "sequencer": "0000000000000281000000000002F5CA",
            "storageDiagnostics": { "batchId": "b68529f3-68cd-4744-baa4-3c0498ec19f0" }
          },
          "specversion": "1.0"
        }
        """;

    /// <summary>An event whose subject is not the blob-service form, so only the data URL names the blob.</summary>
    public static string EventGridBlobDeletedWithForeignSubject(string url) => $$"""
        {
          "topic": "{{Topic}}",
          "subject": "custom-subject",
          "eventType": "Microsoft.Storage.BlobDeleted",
          "id": "1",
          "data": { "api": "DeleteBlob", "url": "{{url}}", "blobType": "BlockBlob" },
          "dataVersion": "",
          "metadataVersion": "1",
          "eventTime": "2024-05-01T20:09:22Z"
        }
        """;
}
