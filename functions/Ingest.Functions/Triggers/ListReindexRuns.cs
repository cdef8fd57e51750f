using Ingest.Api.Reindex;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>GET /api/reindex</c>: the kept runs of every instance, read from the state container, newest first.</summary>
public sealed class ListReindexRuns(ReindexEndpoint reindex)
{
    [Function(nameof(ListReindexRuns))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reindex")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await reindex.HandleListAsync(cancellationToken).ConfigureAwait(false));
}
