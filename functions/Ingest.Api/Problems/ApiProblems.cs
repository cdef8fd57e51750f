using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Problems;

/// <summary>RFC 9457 problem responses. Messages speak to the caller; no stack traces or internal names.</summary>
public static class ApiProblems
{
    public static IResult BadRequest(IReadOnlyDictionary<string, string[]> errors) => Results.ValidationProblem(
        errors,
        title: "The request has invalid parameters.",
        detail: string.Join(" ", errors.SelectMany(e => e.Value)),
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1");

    public static IResult NotFound(string detail) => Results.Problem(
        detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.",
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5");

    public static IResult Conflict(string detail) => Results.Problem(
        detail: detail, statusCode: StatusCodes.Status409Conflict, title: "The request conflicts with the current state.",
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.10");

    public static IResult Unavailable(TimeSpan retryAfter) => new RetryAfterResult(
        Results.Problem(
            detail: "The search index is not available right now. Try again shortly.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Search is temporarily unavailable.",
            type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.4"),
        retryAfter);

    public static IResult Internal() => Results.Problem(
        detail: "The request could not be completed. The error has been logged.",
        statusCode: StatusCodes.Status500InternalServerError, title: "Internal error.",
        type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.1");

    private sealed class RetryAfterResult(IResult inner, TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
