using Ingest.Api.Problems;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Query;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ingest.Api.Search;

/// <summary><c>GET</c> and <c>POST /api/search</c>, the same for the Functions app and the local host.</summary>
public sealed partial class SearchEndpoint(QueryService queries, TimeProvider time, ILogger<SearchEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var (query, errors) = HttpMethods.IsPost(request.Method)
            ? await SearchRequestParser.FromJsonAsync(request, cancellationToken).ConfigureAwait(false)
            : SearchRequestParser.FromQueryString(request.Query);
        if (query is null)
        {
            return ApiProblems.BadRequest(errors);
        }

        try
        {
            var results = await queries.SearchAsync(query, cancellationToken).ConfigureAwait(false);
            var facets = results.Facets.ToDictionary(f => f.Key.ToString().ToLowerInvariant(), f => f.Value);
            var elapsed = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 2);
            LogSearch(query.Text, query.Mode, results.Count, elapsed);
            return Results.Json(new SearchResponse(results.Count, results.Hits, facets, elapsed), ApiJson.Options);
        }
        catch (SearchUnavailableException ex)
        {
            LogUnavailable(ex);
            return ApiProblems.Unavailable(ex.RetryAfter);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search {Query} ({Mode}): {Count} matches in {ElapsedMs} ms")]
    private partial void LogSearch(string query, SearchMode mode, long count, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index unavailable")]
    private partial void LogUnavailable(Exception exception);
}
