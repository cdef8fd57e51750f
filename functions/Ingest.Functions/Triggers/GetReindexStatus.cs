using Ingest.Api.Reindex;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>GET /api/reindex/{id}</c>: a run started on any instance, read from the state container.</summary>
public sealed class GetReindexStatus(ReindexEndpoint reindex)
{
    [Function(nameof(GetReindexStatus))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reindex/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await reindex.HandleGetAsync(id, cancellationToken).ConfigureAwait(false));
}
