using Ingest.Api.Documents;
using Ingest.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Ingest.Functions.Triggers;

/// <summary><c>GET /api/documents/{documentId}</c>.</summary>
public sealed class GetDocument(DocumentEndpoint documents)
{
    [Function(nameof(GetDocument))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "documents/{documentId}")] HttpRequest request,
        string documentId,
        CancellationToken cancellationToken) =>
        new ResultActionResult(await documents.HandleAsync(documentId, cancellationToken).ConfigureAwait(false));
}
