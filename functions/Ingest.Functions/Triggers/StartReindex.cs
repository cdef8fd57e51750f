using Ingest.Api.Reindex;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>
/// <c>POST /api/reindex?mode=incremental|full</c>, with the admin key only: answers at once with
/// 202, the run and <c>Location: /api/reindex/{id}</c> while the enumeration goes on; 409 when
/// another instance is starting a run that is not visible yet.
/// </summary>
public sealed class StartReindex(ReindexEndpoint reindex)
{
    [Function(nameof(StartReindex))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "reindex")] HttpRequest request) =>
        new ResultActionResult(await reindex.HandleStartAsync(request.Query["mode"].ToString()).ConfigureAwait(false));
}
