using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ingest.Azure.Tests.Reindexing;

/// <summary>Counts the lease requests a blob client sends, by action (acquire, renew, release, ...), and notes the acquired duration.</summary>
internal sealed class LeaseRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    public int this[string action] => _counts.GetValueOrDefault(action);

    /// <summary>The duration, in seconds, that the last successful acquire asked for.</summary>
    public string? AcquiredSeconds { get; private set; }

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status < 300 && message.Request.Headers.TryGetValue("x-ms-lease-action", out var action) && action is not null)
        {
            _counts.AddOrUpdate(action, 1, (_, count) => count + 1);
            if (string.Equals(action, "acquire", StringComparison.OrdinalIgnoreCase) && message.Request.Headers.TryGetValue("x-ms-lease-duration", out var seconds))
            {
                AcquiredSeconds = seconds;
            }
        }
    }
}
