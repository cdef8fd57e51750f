using Ingest.Api.Reindex;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>
/// <c>POST /api/reindex/rollback</c>, with the admin key only: makes the index generation that the
/// last full re-index replaced active again and re-enqueues what changed since the switch. 200
/// with what it did; 409 when no full re-index has switched yet or a run is active.
/// </summary>
public sealed class RollbackIndex(ReindexEndpoint reindex)
{
    [Function(nameof(RollbackIndex))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "reindex/rollback")] HttpRequest request) =>
        // Not the request's token: a client that hangs up after the switch back must not stop the
        // re-enqueueing that brings the generation now active up to date.
        new ResultActionResult(await reindex.HandleRollbackAsync(CancellationToken.None).ConfigureAwait(false));
}
