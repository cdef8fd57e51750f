using Ingest.Api.Search;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>GET</c>/<c>POST /api/search</c>.</summary>
public sealed class SearchArticles(SearchEndpoint search)
{
    [Function(nameof(SearchArticles))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "search")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await search.HandleAsync(request, cancellationToken).ConfigureAwait(false));
}
