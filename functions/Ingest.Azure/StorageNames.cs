namespace Ingest.Azure;

/// <summary>
/// Names shared by the trigger bindings, the adapters and the Bicep template: the storage
/// connection (an app-setting prefix, e.g. <c>IngestStorage__serviceUri</c>), containers and queues.
/// </summary>
public static class StorageNames
{
    /// <summary>Connection name of the storage account that holds articles, state, quarantine and queues.</summary>
    public const string Connection = "IngestStorage";

    /// <summary>Container that people drop articles into.</summary>
    public const string ArticlesContainer = "articles";

    /// <summary>Container of failed files, each with a JSON reason beside it.</summary>
    public const string QuarantineContainer = "quarantine";

    /// <summary>Container of manifests, re-index runs, the index catalog and the re-index lease.</summary>
    public const string StateContainer = "ingest-state";

    /// <summary>Queue of ingestion work items, filled by the re-index job.</summary>
    public const string WorkQueue = "ingest-work";

    /// <summary>Queue that the Event Grid subscription fills with BlobDeleted events.</summary>
    public const string BlobEventsQueue = "blob-events";

    /// <summary>Blob path pattern of the ingest trigger.</summary>
    public const string ArticleBlobPath = ArticlesContainer + "/{name}";

    /// <summary>App setting holding the re-index schedule (six-field NCRONTAB, e.g. <c>0 0 2 * * *</c>).</summary>
    public const string ReindexScheduleSetting = "ReindexSchedule";

    /// <summary>Folder of the state container that holds one manifest blob per document (<c>manifests/{documentId}.json</c>).</summary>
    public const string ManifestPrefix = "manifests/";

    /// <summary>Blob in the state container whose lease makes re-index runs mutually exclusive.</summary>
    public const string ReindexLockBlob = "reindex.lock";

    /// <summary>Folder of the state container that holds one blob per re-index run (<c>reindex/{runId}.json</c>).</summary>
    public const string ReindexRunPrefix = "reindex/";

    /// <summary>Blob in the state container that says which index generation is active, being built and previous.</summary>
    public const string IndexCatalogBlob = "index-catalog.json";

    /// <summary>Suffix of the sidecar blob that carries metadata overrides of an article (<c>NAME.meta.json</c>).</summary>
    public const string SidecarSuffix = Pipeline.Sources.SourceFileRules.SidecarSuffix;

    /// <summary>Suffix of the reason blob written beside a quarantined copy (<c>NAME.reason.json</c>).</summary>
    public const string ReasonSuffix = ".reason.json";
}
