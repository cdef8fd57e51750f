using Azure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Ingest.AzureSearch.Internals;

/// <summary>
/// The adapter's resilience pipeline, registered in the Polly registry under <see cref="Key"/>:
/// retry (jittered exponential backoff, or the service's Retry-After when it sends one on 429 or
/// 503) around a circuit breaker around a per-attempt timeout. The SDK's own retry is switched off
/// (<see cref="SearchClientFactory"/>) so that the two layers don't multiply attempts.
/// </summary>
internal static class Resilience
{
    public const string Key = "Ingest.AzureSearch";

    public static void Configure(ResiliencePipelineBuilder builder, AzureSearchOptions options, TimeProvider time)
    {
        builder.TimeProvider = time;
        var handled = new PredicateBuilder().Handle<Exception>(TransientStatus.IsTransient);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = handled,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(60),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is RequestFailedException { Status: 429 or 503 } e ? RetryAfter.From(e, time) : null),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            // A partial batch proves the service is up, so it does not count towards breaking.
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not PartialBatchException && TransientStatus.IsTransient(e)),
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = options.BreakDuration,
        });
        builder.AddTimeout(options.AttemptTimeout);
    }
}
