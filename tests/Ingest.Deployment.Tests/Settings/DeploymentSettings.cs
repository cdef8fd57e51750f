using Ingest.Azure;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>
/// What the deployed app's settings must hold beyond the options classes, and which options keys the
/// template leaves unset on purpose (each with the reason).
/// </summary>
internal static class DeploymentSettings
{
    /// <summary>
    /// Options sections that the Azure deployment does not use. Matched by section, so the rule holds
    /// even if one of these projects ends up in the app's output.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ExcludedSections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Ingest.Local: the local host's folder source, data folder and in-process queue.
        ["Ingest:Folder"] = "local host only: the articles come from the blob container",
        ["Ingest:Data"] = "local host only: state lives in the ingest-state container",
        ["Ingest:LocalQueue"] = "local host only: work goes through the ingest-work storage queue",
        // The embedded index would sit on one Flex Consumption instance's local disk, unseen by the others.
        ["Ingest:Lucene"] = "the deployed app uses Azure AI Search (Ingest:Index:Provider = AzureSearch)",
    };

    /// <summary>Single options keys that the template leaves unset on purpose.</summary>
    public static readonly IReadOnlyDictionary<string, string> ExcludedKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Setting any of these would stop the storage adapters from falling back to the IngestStorage
        // connection, which the triggers use; the template configures that connection instead.
        ["Ingest:AzureStorage:ConnectionString"] = "the IngestStorage connection is used (shared keys are off)",
        ["Ingest:AzureStorage:BlobServiceUri"] = "the IngestStorage connection supplies it (IngestStorage__blobServiceUri)",
        ["Ingest:AzureStorage:QueueServiceUri"] = "the IngestStorage connection supplies it (IngestStorage__queueServiceUri)",
        ["Ingest:AzureStorage:ManagedIdentityClientId"] = "the IngestStorage connection supplies it (IngestStorage__clientId)",
    };

    /// <summary>Options keys whose value the template takes from the deployment rather than the code's default.</summary>
    public static readonly IReadOnlyDictionary<string, string> PerDeployment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ingest:AzureSearch:Endpoint"] = "the search service of the deployment",
        ["Ingest:AzureSearch:ManagedIdentityClientId"] = "the app's user-assigned identity",
    };

    /// <summary>
    /// Settings the app reads without an options class: the trigger bindings' storage connections
    /// (identity-based), the timer's schedule, the index provider switch and the identity of the
    /// Azure SDK clients and of the telemetry.
    /// </summary>
    public static readonly IReadOnlyList<string> Required =
    [
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        $"{StorageNames.Connection}__credential",
        $"{StorageNames.Connection}__clientId",
        $"{StorageNames.Connection}__blobServiceUri",
        $"{StorageNames.Connection}__queueServiceUri",
        StorageNames.ReindexScheduleSetting,
        "Ingest__Index__Provider",
        "AZURE_CLIENT_ID",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    /// <summary>Settings that a Flex Consumption app must not have: the plan rejects them (functionAppConfig replaces them).</summary>
    public static readonly IReadOnlyList<string> RejectedByFlexConsumption =
    [
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_EXTENSION_VERSION",
        "FUNCTIONS_WORKER_RUNTIME_VERSION",
        "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_CONTENTSHARE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
    ];

    /// <summary>Plain connections, which would be connection strings with the account key (shared keys are off).</summary>
    public static readonly IReadOnlyList<string> KeyBasedConnections = ["AzureWebJobsStorage", StorageNames.Connection];

    public static bool IsExcluded(OptionsSetting setting) =>
        ExcludedSections.ContainsKey(setting.Section) || ExcludedKeys.ContainsKey(setting.Key);
}
