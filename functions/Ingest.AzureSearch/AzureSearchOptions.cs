using System.ComponentModel.DataAnnotations;

namespace Ingest.AzureSearch;

/// <summary>Where the Azure AI Search index lives and how to reach it. Bound from <c>Ingest:AzureSearch</c>.</summary>
public sealed class AzureSearchOptions
{
    public const string SectionName = "Ingest:AzureSearch";

    /// <summary>The service endpoint, <c>https://{service}.search.windows.net</c>. Required; https only.</summary>
    [Required]
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// Name of the index; created or updated at first use. A full re-index builds its successor
    /// side by side as <c>{IndexName}-g{N}</c> and switches to it, so the name is at most 116
    /// characters (the service allows 128), of lower-case letters, digits and single dashes,
    /// starting and ending with a letter or digit. Default <c>articles</c>.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "IndexName must be lower-case letters, digits and single dashes, starting and ending with a letter or digit.")]
    public string IndexName { get; set; } = "articles";

    /// <summary>An admin key. Optional: without it the adapter signs in with <c>DefaultAzureCredential</c> (managed identity in Azure).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Client id of a user-assigned managed identity; used only when <see cref="ApiKey"/> is empty.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Name of a semantic configuration to create on the index and use for relevance-ordered text
    /// queries (needs a service tier with semantic ranking). Default none.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")]
    public string? SemanticConfiguration { get; set; }

    /// <summary>Most actions per indexing request. Default 500; the service allows 1,000 (and 16 MB, which the adapter also respects).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Retries of a failed call after the first attempt. Default 4.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>Base delay of the jittered exponential backoff; a Retry-After from the service wins. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest time one attempt may take before it is abandoned and retried. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open after too many failures; calls fail fast meanwhile. Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
