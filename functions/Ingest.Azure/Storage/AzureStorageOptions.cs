using System.ComponentModel.DataAnnotations;

namespace Ingest.Azure.Storage;

/// <summary>
/// The storage account of articles, state, quarantine and queues. Bound from <c>Ingest:AzureStorage</c>.
/// Configure exactly one way to reach it:
/// <list type="bullet">
/// <item><see cref="ConnectionString"/> (Azurite and development; <c>UseDevelopmentStorage=true</c> works), or</item>
/// <item><see cref="BlobServiceUri"/> and <see cref="QueueServiceUri"/> with identity (<c>DefaultAzureCredential</c>,
/// optionally a user-assigned identity in <see cref="ManagedIdentityClientId"/>).</item>
/// </list>
/// When neither is set here, the Functions connection <c>IngestStorage</c> is used, read the way the Functions
/// host reads it (see <see cref="StorageClientFactory"/>), so an app needs one set of settings for its triggers and its adapters.
/// </summary>
public sealed class AzureStorageOptions
{
    public const string SectionName = "Ingest:AzureStorage";

    /// <summary>Storage connection string. Default none.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob endpoint for identity-based access, e.g. <c>https://ACCOUNT.blob.core.windows.net</c>. Default none.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Queue endpoint for identity-based access, e.g. <c>https://ACCOUNT.queue.core.windows.net</c>. Default none.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; default none (system-assigned identity or developer sign-in).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Container of articles. Default <c>articles</c>.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string ArticlesContainer { get; set; } = StorageNames.ArticlesContainer;

    /// <summary>Container of manifests, re-index runs, the index catalog and the re-index lease. Default <c>ingest-state</c>.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string StateContainer { get; set; } = StorageNames.StateContainer;

    /// <summary>Container of quarantined files. Default <c>quarantine</c>.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string QuarantineContainer { get; set; } = StorageNames.QuarantineContainer;

    /// <summary>Queue of work items. Default <c>ingest-work</c>.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string WorkQueue { get; set; } = StorageNames.WorkQueue;

    /// <summary>Queue that Event Grid fills with BlobDeleted events. Default <c>blob-events</c>.</summary>
    [Required, RegularExpression(ContainerNamePattern)]
    public string BlobEventsQueue { get; set; } = StorageNames.BlobEventsQueue;

    /// <summary>
    /// Largest article the source downloads, in bytes; a larger blob is rejected as too large without
    /// being downloaded. Default 64 MB (above the extraction limit, which decides for smaller files).
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxDownloadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Lower-case letters, digits and single hyphens, 3 to 63 characters: valid for containers and queues alike.</summary>
    internal const string ContainerNamePattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";
}
