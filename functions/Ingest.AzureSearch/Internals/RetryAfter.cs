using System.Globalization;
using Azure;

namespace Ingest.AzureSearch.Internals;

/// <summary>Reads how long the service asked us to wait (<c>retry-after-ms</c>, or <c>Retry-After</c> in seconds or as a date).</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(RequestFailedException exception, TimeProvider time)
    {
        var response = exception.GetRawResponse();
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? TimeSpan.FromTicks(Math.Max(0, (when - time.GetUtcNow()).Ticks))
            : null;
    }
}
