using Microsoft.AspNetCore.Http;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>A scripted failure: answers the next <see cref="Times"/> requests of <see cref="Operation"/> instead of the fake.</summary>
/// <param name="Respond">Writes the reply; returns true when it replied, false to let the fake answer after it (a delay).</param>
internal sealed record Fault(string Operation, Func<HttpContext, CancellationToken, Task<bool>> Respond)
{
    public int Times { get; set; } = 1;
}
