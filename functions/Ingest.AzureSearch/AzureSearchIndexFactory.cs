using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Search.Documents.Indexes;
using Ingest.AzureSearch.Internals;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Microsoft.Extensions.Logging;
using Polly;

namespace Ingest.AzureSearch;

/// <summary>
/// The generations of the search index on one Azure AI Search service, side by side: generation 1
/// is the configured <see cref="AzureSearchOptions.IndexName"/> (so an installation that never
/// re-indexed in full keeps its index), generation N &gt; 1 is <c>{IndexName}-g{N}</c>. Each
/// generation's index is created at its first use and deleted by <see cref="DropAsync"/>. While a
/// full re-index builds a generation, the service holds three indexes (active, building, previous),
/// which counts towards the tier's index limit.
/// </summary>
public sealed partial class AzureSearchIndexFactory : ISearchIndexFactory
{
    /// <summary>What names generation N &gt; 1: <c>{IndexName}-g{N}</c>.</summary>
    internal const string GenerationSuffix = "-g";

    /// <summary>
    /// The longest <see cref="AzureSearchOptions.IndexName"/> that leaves room for the suffix of any
    /// generation within the service's 128 characters: <c>-g</c> and up to 10 digits.
    /// </summary>
    internal const int MaxBaseNameLength = 128 - 12;

    private readonly ConcurrentDictionary<int, AzureSearchIndex> open = new();
    private readonly SearchIndexClient indexClient;
    private readonly ResiliencePipeline pipeline;
    private readonly AzureSearchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<AzureSearchIndex> indexLogger;
    private readonly ILogger<AzureSearchIndexFactory> logger;

    internal AzureSearchIndexFactory(
        SearchIndexClient indexClient,
        ResiliencePipeline pipeline,
        AzureSearchOptions options,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        this.indexClient = indexClient;
        this.pipeline = pipeline;
        this.options = options;
        this.time = time;
        indexLogger = loggers.CreateLogger<AzureSearchIndex>();
        logger = loggers.CreateLogger<AzureSearchIndexFactory>();
    }

    /// <summary>The name of a generation's index on the service.</summary>
    public string IndexNameOf(int generation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generation, 1);
        return generation == 1
            ? options.IndexName
            : options.IndexName + GenerationSuffix + generation.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public ISearchIndex Open(int generation) => OpenIndex(generation);

    /// <summary>The generation's index itself, one instance per generation for the life of the factory (or until dropped).</summary>
    public AzureSearchIndex OpenIndex(int generation)
    {
        var name = IndexNameOf(generation);
        return open.GetOrAdd(generation, _ => new AzureSearchIndex(indexClient, name, pipeline, options, time, indexLogger));
    }

    /// <summary>Deletes the generation's index on the service; an index that is not there is not an error.</summary>
    /// <exception cref="TransientStoreException">The service could not be reached or was busy; try again.</exception>
    /// <exception cref="InvalidOperationException">The service refused (for example, the identity may not delete indexes).</exception>
    public async Task DropAsync(int generation, CancellationToken cancellationToken = default)
    {
        var name = IndexNameOf(generation);
        try
        {
            await pipeline.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        await indexClient.DeleteIndexAsync(name, token).ConfigureAwait(false);
                    }
                    catch (RequestFailedException e) when (e.Status == 404)
                    {
                        // Never created, or dropped already.
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || e is Polly.Timeout.TimeoutRejectedException)
        {
            LogDropFailed(logger, e, name, generation);
            if (TransientStatus.IsTransient(e))
            {
                throw new TransientStoreException($"The search index {name} could not be deleted; try again.", e, (e as RequestFailedException) is { } r ? RetryAfter.From(r, time) : null);
            }

            if (e is RequestFailedException failed)
            {
                throw new InvalidOperationException($"The search service refused to delete the index {name} (HTTP {failed.Status}).", e);
            }

            throw;
        }

        // Only now: a generation opened again after its drop must create its index afresh, which
        // an instance that already ensured it would not do.
        open.TryRemove(generation, out _);
        LogDropped(logger, name, generation);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted search index {IndexName} (generation {Generation})")]
    private static partial void LogDropped(ILogger logger, string indexName, int generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting search index {IndexName} (generation {Generation}) failed")]
    private static partial void LogDropFailed(ILogger logger, Exception exception, string indexName, int generation);
}
