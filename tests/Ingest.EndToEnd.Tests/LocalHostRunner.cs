using Ingest.Cli.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Ingest.EndToEnd.Tests;

/// <summary>The real local host (Kestrel on a free loopback port) over a source and a data folder.</summary>
internal sealed class LocalHostRunner : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHostRunner(WebApplication app, int port)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public static Task<LocalHostRunner> StartAsync(string source, string data, CancellationToken cancellationToken) =>
        StartAsync(port => new LocalHostOptions(source, data, port), cancellationToken);

    /// <summary>A source as <c>--source</c> gives it (a folder or a container), polled every <paramref name="poll"/> when it is a container.</summary>
    public static Task<LocalHostRunner> StartAsync(SourceLocation source, string data, TimeSpan poll, CancellationToken cancellationToken) =>
        StartAsync(port => new LocalHostOptions(source, data, port) { PollInterval = poll }, cancellationToken);

    private static async Task<LocalHostRunner> StartAsync(Func<int, LocalHostOptions> options, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var app = LocalHost.Build(options(port), logging: l => l.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync(cancellationToken);
        return new LocalHostRunner(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
