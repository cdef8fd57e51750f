using System.Globalization;
using System.Net.Sockets;
using Azure;
using Ingest.Pipeline.Failures;

namespace Ingest.Azure.Storage;

/// <summary>
/// Turns storage SDK failures into the pipeline's own: throttling, timeouts, 5xx and network faults
/// become <see cref="TransientStoreException"/> (with the service's Retry-After when it sent one), so
/// retry decisions never look at Azure types. The SDK has already retried these by the time they
/// surface here; other failures (authorization, bad requests) are configuration faults and propagate.
/// </summary>
internal static class StorageErrors
{
    public static bool IsNotFound(RequestFailedException exception) => exception.Status == 404;

    /// <summary>True for a fault worth retrying later; never for cancellation the caller asked for.</summary>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        _ when cancellationToken.IsCancellationRequested => false,
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        OperationCanceledException => true, // the SDK's network timeout, not ours
        TimeoutException or HttpRequestException or IOException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => IsTransient(e, cancellationToken)),
        _ => false,
    };

    public static TransientStoreException Transient(Exception exception, string operation) =>
        new($"Storage is unavailable ({operation}): {exception.Message}", exception, RetryAfterOf(exception));

    private static TimeSpan? RetryAfterOf(Exception exception)
    {
        var failed = exception as RequestFailedException
            ?? (exception as AggregateException)?.InnerExceptions.OfType<RequestFailedException>().LastOrDefault();
        if (failed?.GetRawResponse() is not { } response || !response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - DateTimeOffset.UtcNow).Ticks))
            : null;
    }
}
