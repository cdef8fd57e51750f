using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Ingest.Azure.Storage;

namespace Ingest.Azure.Tests.Storage;

public sealed class StorageErrorsTests
{
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(0, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(412, false)]
    public void IsTransient_Status_MatchesTheRetryableOnes(int status, bool expected) =>
        Assert.Equal(expected, StorageErrors.IsTransient(new RequestFailedException(status, "x"), CancellationToken.None));

    [Fact]
    public void IsTransient_CallerCancelled_IsNotTransient()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(StorageErrors.IsTransient(new OperationCanceledException(cancelled.Token), cancelled.Token));
        Assert.True(StorageErrors.IsTransient(new TaskCanceledException("network timeout"), CancellationToken.None));
    }

    [Fact]
    public void IsTransient_RetriesExhausted_LooksInsideTheAggregate()
    {
        var exhausted = new AggregateException(new RequestFailedException(503, "busy"), new HttpRequestException("reset"));

        Assert.True(StorageErrors.IsTransient(exhausted, CancellationToken.None));
        Assert.False(StorageErrors.IsTransient(new AggregateException(new RequestFailedException(403, "no")), CancellationToken.None));
    }

    [Theory]
    [InlineData("7", 7.0)]
    [InlineData("0", 0.0)]
    public void Transient_ResponseWithRetryAfter_CarriesIt(string retryAfter, double seconds)
    {
        var exception = new RequestFailedException(new FakeResponse(503, ("Retry-After", retryAfter)));

        var transient = StorageErrors.Transient(exception, "reading a.txt");

        Assert.Equal(TimeSpan.FromSeconds(seconds), transient.RetryAfter);
        Assert.Same(exception, transient.InnerException);
        Assert.Contains("reading a.txt", transient.Message);
    }

    [Fact]
    public void Transient_NoRetryAfter_LeavesItNull() =>
        Assert.Null(StorageErrors.Transient(new RequestFailedException(new FakeResponse(500)), "x").RetryAfter);

    private sealed class FakeResponse(int status, params (string Name, string Value)[] headers) : Response
    {
        public override int Status => status;
        public override string ReasonPhrase => "Fake";
        public override Stream? ContentStream { get; set; } = new MemoryStream();
        public override string ClientRequestId { get; set; } = "test";

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => headers.Any(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers.Select(h => new HttpHeader(h.Name, h.Value));

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
            return value is not null;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = TryGetHeader(name, out var value) ? [value] : null;
            return values is not null;
        }
    }
}
