using Ingest.Api.Problems;
using Ingest.Pipeline.Reindexing;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Reindex;

/// <summary>
/// <c>POST /api/reindex?mode=incremental|full</c> starts a re-index run (or returns the one already
/// running) and <c>GET /api/reindex/{id}</c> reports its progress. Runs are known only to the
/// instance that started them.
/// </summary>
public sealed class ReindexEndpoint(ReindexService reindex)
{
    public async Task<IResult> HandleStartAsync(string? mode)
    {
        ReindexMode parsed;
        switch (mode?.Trim().ToLowerInvariant())
        {
            case null or "" or "incremental": parsed = ReindexMode.Incremental; break;
            case "full": parsed = ReindexMode.Full; break;
            default:
                return ApiProblems.BadRequest(new Dictionary<string, string[]> { ["mode"] = ["The mode is 'incremental' (the default) or 'full'."] });
        }

        // Not the request's token: the run outlives the request, and a client that hangs up
        // mid-enumeration must not leave a half-enqueued run behind.
        var run = await reindex.StartAsync(parsed, CancellationToken.None).ConfigureAwait(false);
        return new LocationResult(Results.Json(run, ApiJson.Options, statusCode: StatusCodes.Status202Accepted), $"/api/reindex/{run.Id}");
    }

    public IResult HandleGet(string id) => reindex.Get(id) is { } run
        ? Results.Json(run, ApiJson.Options)
        : ApiProblems.NotFound($"No re-index run has the id '{id}' on this instance.");

    private sealed class LocationResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
