using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ingest.Azure.Tests.Reindexing;

/// <summary>Counts the lease requests a blob client sends, by action (acquire, renew, release, ...).</summary>
internal sealed class LeaseRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    public int this[string action] => _counts.GetValueOrDefault(action);

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status < 300 && message.Request.Headers.TryGetValue("x-ms-lease-action", out var action) && action is not null)
        {
            _counts.AddOrUpdate(action, 1, (_, count) => count + 1);
        }
    }
}
