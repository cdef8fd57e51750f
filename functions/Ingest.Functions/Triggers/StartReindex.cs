using Ingest.Api.Reindex;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>POST /api/reindex?mode=incremental|full</c>, with the admin key only.</summary>
public sealed class StartReindex(ReindexEndpoint reindex)
{
    [Function(nameof(StartReindex))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "reindex")] HttpRequest request) =>
        new ResultActionResult(await reindex.HandleStartAsync(request.Query["mode"].ToString()).ConfigureAwait(false));
}
