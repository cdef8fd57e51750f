using Ingest.Api.Ui;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary>
/// <c>GET /api/ui</c>: the search page, and its files at <c>/api/ui/{path}</c>. Anonymous, since the
/// page holds no data; its calls to <c>/api/search</c> and <c>/api/documents</c> carry the key.
/// </summary>
public sealed class SearchPage(UiEndpoint ui)
{
    [Function(nameof(SearchPage))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ui/{*path}")] HttpRequest request,
        string? path) =>
        new ResultActionResult(ui.Handle(request, path));
}
