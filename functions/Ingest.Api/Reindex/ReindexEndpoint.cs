using Ingest.Api.Problems;
using Ingest.Pipeline.Reindexing;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Reindex;

/// <summary>
/// <c>POST /api/reindex?mode=incremental|full</c> starts a re-index run (or returns the one already
/// running), <c>GET /api/reindex</c> lists the kept runs, <c>GET /api/reindex/{id}</c> reports a
/// run's progress from the shared run store, and
/// <c>POST /api/reindex/rollback</c> makes the index generation that the last full re-index
/// replaced active again.
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

        ReindexStart start;
        try
        {
            // Not the request's token: the run outlives the request (its enumeration goes on in the background).
            start = await reindex.StartAsync(parsed, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ReindexBusyException busy)
        {
            return ApiProblems.Conflict(busy.Message);
        }

        var run = start.Run;
        return new LocationResult(Results.Json(run, ApiJson.Options, statusCode: StatusCodes.Status202Accepted), $"/api/reindex/{run.Id}");
    }

    public async Task<IResult> HandleGetAsync(string id, CancellationToken cancellationToken) =>
        await reindex.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } run
            ? Results.Json(run, ApiJson.Options)
            : ApiProblems.NotFound($"No re-index run has the id '{id}' (only the last runs are kept).");

    public async Task<IResult> HandleListAsync(CancellationToken cancellationToken) =>
        Results.Json(new ReindexRunList(await reindex.ListAsync(cancellationToken).ConfigureAwait(false)), ApiJson.Options);

    public async Task<IResult> HandleRollbackAsync(CancellationToken cancellationToken)
    {
        try
        {
            var rollback = await reindex.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return Results.Json(rollback, ApiJson.Options);
        }
        catch (InvalidOperationException refused)
        {
            return ApiProblems.Conflict(refused.Message);
        }
    }

    private sealed class LocationResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
