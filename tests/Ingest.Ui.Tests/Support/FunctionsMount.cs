using Ingest.Api.Ui;
using Ingest.Pipeline.Tagging.Themes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ingest.Ui.Tests.Support;

/// <summary>
/// The page as the Functions app mounts it: at <c>/api/ui</c>, its files at <c>/api/ui/{path}</c>
/// and the API at <c>/api/...</c> (here forwarded to the local host, since the Functions host
/// cannot run in tests). Shows that the page's relative URLs work under both mounts.
/// </summary>
internal sealed class FunctionsMount : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private FunctionsMount(WebApplication app, HttpClient upstream, Uri baseAddress, IReadOnlyCollection<string> apiCalls)
    {
        ApiCalls = apiCalls;
        _app = app;
        _upstream = upstream;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Each API call the page made: path, query and the function key header it carried.</summary>
    public IReadOnlyCollection<string> ApiCalls { get; }

    public static async Task<FunctionsMount> StartAsync(Uri api, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var ui = new UiEndpoint(Taxonomy.LoadDefault());
        var upstream = new HttpClient { BaseAddress = api };
        // The same route template as the SearchPage trigger under the Functions route prefix "api".
        app.MapGet("/api/ui/{*path}", (HttpRequest request, string? path) => ui.Handle(request, path));
        var calls = new System.Collections.Concurrent.ConcurrentQueue<string>();
        app.MapGet("/api/{**rest}", async (HttpContext context) =>
        {
            calls.Enqueue($"{context.Request.Path}{context.Request.QueryString} key={context.Request.Headers["x-functions-key"]}");
            using var response = await upstream.GetAsync($"{context.Request.Path}{context.Request.QueryString}", context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        return new FunctionsMount(app, upstream, new Uri($"http://127.0.0.1:{port}/"), calls);
    }

    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
