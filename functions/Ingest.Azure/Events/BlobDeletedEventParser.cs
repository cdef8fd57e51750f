using System.Text;
using System.Text.Json;
using Azure.Messaging;
using Azure.Messaging.EventGrid;
using Azure.Messaging.EventGrid.SystemEvents;
using Azure.Storage.Blobs;
using Ingest.Azure.Storage;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Events;

/// <summary>
/// Reads the queue messages that an Event Grid subscription with a storage-queue destination writes:
/// one event per message, in the Event Grid schema or the CloudEvents 1.0 schema. The queue trigger
/// hands over the decoded text; text that is still base64 is decoded here too.
/// </summary>
public sealed class BlobDeletedEventParser(IOptions<AzureStorageOptions> options)
{
    private readonly string _subjectPrefix = $"/blobServices/default/containers/{options.Value.ArticlesContainer}/blobs/";
    private readonly string _container = options.Value.ArticlesContainer;

    /// <summary>
    /// The path of the deleted blob relative to the articles container, or null when the event is not a
    /// BlobDeleted event or concerns another container.
    /// </summary>
    /// <exception cref="FormatException">The message is not an Event Grid event or a CloudEvent.</exception>
    public string? GetDeletedBlobPath(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = AsJson(message);
        try
        {
            return IsCloudEvent(json) ? FromCloudEvent(CloudEvent.Parse(json)!) : FromEventGridEvent(EventGridEvent.Parse(json));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new FormatException($"The message is not an Event Grid event or a CloudEvent: {ex.Message}", ex);
        }
    }

    private string? FromEventGridEvent(EventGridEvent gridEvent) =>
        gridEvent.EventType == SystemEventNames.StorageBlobDeleted
            ? PathOf(gridEvent.Subject, gridEvent.TryGetSystemEventData(out var data) ? data as StorageBlobDeletedEventData : null)
            : null;

    private string? FromCloudEvent(CloudEvent cloudEvent) =>
        cloudEvent.Type == SystemEventNames.StorageBlobDeleted
            ? PathOf(cloudEvent.Subject, cloudEvent.TryGetSystemEventData(out var data) ? data as StorageBlobDeletedEventData : null)
            : null;

    /// <summary>From the subject <c>/blobServices/default/containers/{container}/blobs/{path}</c>, else from the blob URL.</summary>
    private string? PathOf(string? subject, StorageBlobDeletedEventData? data)
    {
        if (subject is not null && subject.StartsWith("/blobServices/default/containers/", StringComparison.Ordinal))
        {
            return subject.StartsWith(_subjectPrefix, StringComparison.Ordinal) && subject.Length > _subjectPrefix.Length
                ? subject[_subjectPrefix.Length..]
                : null;
        }

        if (data?.Url is null || !Uri.TryCreate(data.Url, UriKind.Absolute, out var url))
        {
            return null;
        }

        var blob = new BlobUriBuilder(url);
        return blob.BlobContainerName == _container && !string.IsNullOrEmpty(blob.BlobName) ? blob.BlobName : null;
    }

    private static BinaryData AsJson(string message)
    {
        var text = message.Trim();
        if (text.StartsWith('{'))
        {
            return BinaryData.FromString(text);
        }

        var bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var written))
        {
            return BinaryData.FromString(Encoding.UTF8.GetString(bytes, 0, written).Trim());
        }

        throw new FormatException("The message is neither JSON nor base64-encoded JSON.");
    }

    /// <summary>CloudEvents carry <c>specversion</c>; Event Grid events carry <c>eventType</c> and <c>dataVersion</c>.</summary>
    private static bool IsCloudEvent(BinaryData json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The message is not one event: Event Grid writes one event per queue message.");
            }

            return root.TryGetProperty("specversion", out _);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The message is not valid JSON: {ex.Message}", ex);
        }
    }
}
