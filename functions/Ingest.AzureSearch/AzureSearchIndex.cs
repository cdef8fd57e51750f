using System.Runtime.CompilerServices;
using Azure;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Azure.Search.Documents.Models;
using Ingest.AzureSearch.Internals;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Microsoft.Extensions.Logging;
using Polly;

namespace Ingest.AzureSearch;

/// <summary>
/// One generation of the search index on Azure AI Search (opened by <see cref="AzureSearchIndexFactory"/>):
/// one search document per passage. The index is created or
/// updated once, at first use. Writes go in batches within the service limits; per-item failures
/// are retried when the service calls them retryable and surface as exceptions otherwise. Every
/// call runs through the Polly pipeline <c>Ingest.AzureSearch</c> (retry honouring Retry-After,
/// circuit breaker, per-attempt timeout). Documents mode is collapsed client-side over the first
/// 1,000 matching passages (see <see cref="DocumentCollapser"/>).
/// </summary>
public sealed partial class AzureSearchIndex : ISearchIndex
{
    private const int PageSize = 1000;

    private readonly SearchIndexClient indexClient;
    private readonly SearchClient client;
    private readonly ResiliencePipeline pipeline;
    private readonly AzureSearchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<AzureSearchIndex> logger;
    private readonly Lock gate = new();
    private Task? ensured;

    internal AzureSearchIndex(SearchIndexClient indexClient, string indexName, ResiliencePipeline pipeline, AzureSearchOptions options, TimeProvider time, ILogger<AzureSearchIndex> logger)
    {
        this.indexClient = indexClient;
        this.pipeline = pipeline;
        this.options = options;
        this.time = time;
        this.logger = logger;
        IndexName = indexName;
        client = indexClient.GetSearchClient(indexName);
    }

    /// <summary>The name of the index on the service (see <see cref="AzureSearchIndexFactory.IndexNameOf"/>).</summary>
    public string IndexName { get; }

    public async Task ReplaceDocumentAsync(string documentId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.FirstOrDefault(c => !string.Equals(c.DocumentId, documentId, StringComparison.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"Chunk {stranger.ChunkId} belongs to {stranger.DocumentId}, not {documentId}.", nameof(chunks));
        }

        cancellationToken.ThrowIfCancellationRequested();
        await Writing(async () =>
        {
            await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
            var existing = await KeysOfAsync(documentId, cancellationToken).ConfigureAwait(false);
            var documents = chunks.Select(ChunkMapper.ToDocument).ToList();
            var names = chunks.ToDictionary(c => ChunkKey.From(c.ChunkId), c => c.ChunkId, StringComparer.Ordinal);

            // New chunks first, stale ones after: the document is never absent from the index meanwhile.
            await IndexAsync(documents.Select(IndexDocumentsAction.Upload), names, cancellationToken).ConfigureAwait(false);
            var stale = existing.Where(k => !names.ContainsKey(k)).ToList();
            await IndexAsync(stale.Select(k => IndexDocumentsAction.Delete(new SearchDocument { [SearchFields.Key] = k })), names, cancellationToken).ConfigureAwait(false);
            LogReplaced(logger, documentId, documents.Count, stale.Count);
        }, documentId).ConfigureAwait(false);
    }

    public async Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        cancellationToken.ThrowIfCancellationRequested();
        await Writing(async () =>
        {
            await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
            var existing = await KeysOfAsync(documentId, cancellationToken).ConfigureAwait(false);
            var actions = existing.Select(k => IndexDocumentsAction.Delete(new SearchDocument { [SearchFields.Key] = k }));
            await IndexAsync(actions, new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        }, documentId).ConfigureAwait(false);
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var facets = query.Facets.Distinct().ToList();
        var text = QueryText.Build(query.Text);
        if (text is null)
        {
            return new SearchResults(0, [], facets.ToDictionary(f => f, _ => (IReadOnlyList<FacetCount>)[]));
        }

        var skip = Math.Clamp(query.Skip, 0, SearchQuery.MaxSkip);
        var top = Math.Clamp(query.Top, 0, SearchQuery.MaxTop);
        var collapse = query.Mode == Pipeline.Query.SearchMode.Documents;
        var searchOptions = SearchOptionsFor(query, text, facets, collapse, skip, top);

        return await Reading(async () =>
        {
            await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
            var (results, total, facetResults) = await pipeline.ExecuteAsync(
                async token =>
                {
                    var response = await client.SearchAsync<SearchDocument>(text, searchOptions, token).ConfigureAwait(false);
                    var page = new List<SearchResult<SearchDocument>>();
                    await foreach (var result in response.Value.GetResultsAsync().WithCancellation(token).ConfigureAwait(false))
                    {
                        page.Add(result);
                        if (page.Count >= searchOptions.Size)
                        {
                            break;
                        }
                    }

                    return (page, response.Value.TotalCount ?? page.Count, response.Value.Facets);
                },
                cancellationToken).ConfigureAwait(false);

            if (collapse)
            {
                var collapser = new DocumentCollapser(facets);
                foreach (var result in results)
                {
                    collapser.Add(result);
                }

                var hits = collapser.Ordered(query.OrderBy).Skip(skip).Take(top).Select(r => ToHit(r.Result, r.Score)).ToList();
                return new SearchResults(collapser.Count, hits, collapser.Facets());
            }

            return new SearchResults(total, results.Select(r => ToHit(r, r.Score ?? 0)).ToList(), ChunkFacets(facets, facetResults));
        }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<IndexedChunk>> GetDocumentChunksAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return await Reading(async () =>
        {
            await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
            var documents = await ReadAllAsync(ODataFilter.DocumentIs(documentId), SearchFields.ChunkFields, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<IndexedChunk>)documents.Select(ChunkMapper.ToChunk).OrderBy(c => c.Ordinal).ToList();
        }).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<IndexEntry> ListEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Reading(async () => { await EnsureIndexAsync(cancellationToken).ConfigureAwait(false); return true; }).ConfigureAwait(false);

        // Pages by key (id gt 'last') instead of $skip, which the service caps at 100,000.
        string? last = null;
        while (true)
        {
            var searchOptions = new SearchOptions
            {
                Size = PageSize,
                Filter = last is null ? null : $"{SearchFields.Key} gt {ODataFilter.Literal(last)}",
                OrderBy = { $"{SearchFields.Key} asc" },
            };
            foreach (var field in new[] { SearchFields.Key, SearchFields.ChunkId, SearchFields.DocumentId, SearchFields.ContentHash, SearchFields.PipelineVersion })
            {
                searchOptions.Select.Add(field);
            }

            var page = await Reading(() => SearchPageAsync("*", searchOptions, cancellationToken)).ConfigureAwait(false);
            foreach (var document in page)
            {
                yield return new IndexEntry(
                    ChunkMapper.String(document, SearchFields.DocumentId),
                    ChunkMapper.String(document, SearchFields.ChunkId),
                    ChunkMapper.String(document, SearchFields.ContentHash),
                    ChunkMapper.String(document, SearchFields.PipelineVersion));
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            last = ChunkMapper.String(page[^1], SearchFields.Key);
        }
    }

    public async Task<IndexStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        await Reading(async () =>
        {
            await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
            var searchOptions = new SearchOptions { Size = 0, IncludeTotalCount = true, Facets = { $"{SearchFields.DocumentId},count:1000000" } };
            var (chunks, documents) = await pipeline.ExecuteAsync(
                async token =>
                {
                    var response = await client.SearchAsync<SearchDocument>("*", searchOptions, token).ConfigureAwait(false);
                    var ids = response.Value.Facets is { } f && f.TryGetValue(SearchFields.DocumentId, out var values) ? values.Count : 0;
                    return (response.Value.TotalCount ?? 0, (long)ids);
                },
                cancellationToken).ConfigureAwait(false);
            return new IndexStatistics(chunks, documents);
        }).ConfigureAwait(false);

    private SearchOptions SearchOptionsFor(SearchQuery query, string text, IReadOnlyList<FacetField> facets, bool collapse, int skip, int top)
    {
        var searchOptions = new SearchOptions
        {
            SearchMode = Azure.Search.Documents.Models.SearchMode.All,
            QueryType = SearchQueryType.Simple,
            Filter = ODataFilter.Build(query.Filters),
            IncludeTotalCount = true,
            HighlightPreTag = SnippetBuilder.PreTag,
            HighlightPostTag = SnippetBuilder.PostTag,
            Size = collapse ? DocumentCollapser.MaxChunks : top,
            Skip = collapse ? null : skip,
        };
        foreach (var field in SearchFields.Searched)
        {
            searchOptions.SearchFields.Add(field);
        }

        foreach (var field in SearchFields.HitFields)
        {
            searchOptions.Select.Add(field);
        }

        if (text != "*")
        {
            searchOptions.HighlightFields.Add(SearchFields.TextFolded);
            if (!string.IsNullOrEmpty(options.SemanticConfiguration) && query.OrderBy == SearchOrder.Relevance)
            {
                searchOptions.QueryType = SearchQueryType.Semantic;
                searchOptions.SemanticSearch = new SemanticSearchOptions { SemanticConfigurationName = options.SemanticConfiguration };
            }
        }

        // Ties break by document and ordinal so that pages are stable, as in the Lucene adapter.
        if (query.OrderBy == SearchOrder.Date)
        {
            searchOptions.OrderBy.Add($"{SearchFields.PublishedAt} desc");
        }

        searchOptions.OrderBy.Add("search.score() desc");
        searchOptions.OrderBy.Add($"{SearchFields.DocumentId} asc");
        searchOptions.OrderBy.Add($"{SearchFields.Ordinal} asc");

        foreach (var facet in facets)
        {
            if (collapse)
            {
                // Counted per document client-side from the passages' tag values.
                searchOptions.Select.Add(SearchFields.Of(facet));
            }
            else
            {
                searchOptions.Facets.Add($"{SearchFields.Of(facet)},count:{FacetOrder.MaxValues}");
            }
        }

        return searchOptions;
    }

    private static SearchHit ToHit(SearchResult<SearchDocument> result, double score)
    {
        var text = ChunkMapper.String(result.Document, SearchFields.Text);
        var fragments = result.Highlights is { } highlights && highlights.TryGetValue(SearchFields.TextFolded, out var list) ? list : null;
        return ChunkMapper.ToHit(result.Document, SnippetBuilder.Build(text, fragments), score);
    }

    private static Dictionary<FacetField, IReadOnlyList<FacetCount>> ChunkFacets(IReadOnlyList<FacetField> facets, IDictionary<string, IList<FacetResult>>? results) =>
        facets.ToDictionary(
            f => f,
            f => results is not null && results.TryGetValue(SearchFields.Of(f), out var values)
                ? FacetOrder.Top(values.Where(v => v.Value is not null).Select(v => new FacetCount(v.Value.ToString()!, v.Count ?? 0)))
                : (IReadOnlyList<FacetCount>)[]);

    private async Task<List<string>> KeysOfAsync(string documentId, CancellationToken cancellationToken)
    {
        var documents = await ReadAllAsync(ODataFilter.DocumentIs(documentId), [SearchFields.Key], cancellationToken).ConfigureAwait(false);
        return documents.Select(d => ChunkMapper.String(d, SearchFields.Key)).ToList();
    }

    /// <summary>Every passage matching a filter, a page of 1,000 at a time.</summary>
    private async Task<List<SearchDocument>> ReadAllAsync(string filter, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var all = new List<SearchDocument>();
        while (true)
        {
            var searchOptions = new SearchOptions { Filter = filter, Size = PageSize, Skip = all.Count, OrderBy = { $"{SearchFields.Key} asc" } };
            foreach (var field in fields)
            {
                searchOptions.Select.Add(field);
            }

            var page = await SearchPageAsync("*", searchOptions, cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }

    private Task<List<SearchDocument>> SearchPageAsync(string text, SearchOptions searchOptions, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            async token =>
            {
                var response = await client.SearchAsync<SearchDocument>(text, searchOptions, token).ConfigureAwait(false);
                var page = new List<SearchDocument>();
                await foreach (var result in response.Value.GetResultsAsync().WithCancellation(token).ConfigureAwait(false))
                {
                    page.Add(result.Document);
                    if (page.Count >= searchOptions.Size)
                    {
                        break;
                    }
                }

                return page;
            },
            cancellationToken).AsTask();

    /// <summary>Sends actions in batches; retries only the items that failed with a retryable status.</summary>
    private async Task IndexAsync(IEnumerable<IndexDocumentsAction<SearchDocument>> actions, IReadOnlyDictionary<string, string> names, CancellationToken cancellationToken)
    {
        foreach (var batch in BatchPlanner.Split(actions, options.BatchSize))
        {
            var pending = batch;
            var rejected = new List<(string Key, int Status)>();
            try
            {
                await pipeline.ExecuteAsync(
                    async token =>
                    {
                        var response = await client.IndexDocumentsAsync(IndexDocumentsBatch.Create(pending.ToArray()), new IndexDocumentsOptions { ThrowOnAnyError = false }, token).ConfigureAwait(false);
                        var failed = response.Value.Results.Where(r => !r.Succeeded).ToList();
                        rejected.AddRange(failed.Where(r => !TransientStatus.IsTransientItem(r.Status)).Select(r => (r.Key, r.Status)));
                        var retry = failed.Where(r => TransientStatus.IsTransientItem(r.Status)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
                        if (retry.Count > 0)
                        {
                            pending = pending.Where(a => retry.Contains(ChunkMapper.String(a.Document, SearchFields.Key))).ToList();
                            throw new PartialBatchException([.. retry]);
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (PartialBatchException e)
            {
                throw new TransientStoreException($"The search service kept refusing {e.Keys.Count} passages ({Describe(e.Keys, names)}); try again.", e);
            }

            if (rejected.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The search service rejected {rejected.Count} passages ({Describe(rejected.Select(r => r.Key), names)}; status {string.Join(", ", rejected.Select(r => r.Status).Distinct())}).");
            }
        }
    }

    private static string Describe(IEnumerable<string> keys, IReadOnlyDictionary<string, string> names) =>
        string.Join(", ", keys.Take(10).Select(k => names.TryGetValue(k, out var id) ? id : k));

    /// <summary>Creates or updates the index once per instance; a failure lets the next call try again.</summary>
    private async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (gate)
        {
            task = ensured ??= CreateIndexAsync();
        }

        try
        {
            await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (task.IsFaulted || task.IsCanceled)
        {
            lock (gate)
            {
                if (ReferenceEquals(ensured, task))
                {
                    ensured = null;
                }
            }

            throw;
        }
    }

    // Shared by concurrent callers, so no single caller's token may cancel it.
    private async Task CreateIndexAsync()
    {
        var definition = IndexDefinition.Create(IndexName, options.SemanticConfiguration);
        await pipeline.ExecuteAsync(async token => await indexClient.CreateOrUpdateIndexAsync(definition, allowIndexDowntime: false, onlyIfUnchanged: false, token).ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
        LogIndexReady(logger, IndexName);
    }

    private async Task Writing(Func<Task> work, string documentId)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || e is Polly.Timeout.TimeoutRejectedException)
        {
            if (e is TransientStoreException or ArgumentException or InvalidOperationException)
            {
                throw;
            }

            LogWriteFailed(logger, e, documentId);
            if (TransientStatus.IsTransient(e))
            {
                throw new TransientStoreException("The search index could not be written; try again.", e, (e as RequestFailedException) is { } r ? RetryAfter.From(r, time) : null);
            }

            if (e is RequestFailedException failed)
            {
                throw new InvalidOperationException($"The search service refused the write (HTTP {failed.Status}).", e);
            }

            throw;
        }
    }

    private async Task<T> Reading<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            LogReadFailed(logger, e);
            var retryAfter = e is RequestFailedException r ? RetryAfter.From(r, time) : null;
            throw new SearchUnavailableException("The search index cannot answer right now.", e, retryAfter);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Indexed {ChunkCount} chunks and deleted {StaleCount} stale chunks of {DocumentId}")]
    private static partial void LogReplaced(ILogger logger, string documentId, int chunkCount, int staleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index {IndexName} created or updated")]
    private static partial void LogIndexReady(ILogger logger, string indexName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {DocumentId} to Azure AI Search failed")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading from Azure AI Search failed")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
