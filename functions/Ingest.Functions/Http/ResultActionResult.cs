using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ingest.Functions.Http;

/// <summary>
/// Lets an HTTP function return the shared handlers' <see cref="IResult"/>: the worker's ASP.NET
/// Core integration runs <see cref="IActionResult"/> return values, not <see cref="IResult"/>.
/// </summary>
internal sealed class ResultActionResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
