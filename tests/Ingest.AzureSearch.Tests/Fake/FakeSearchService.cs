using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>
/// An in-memory stand-in for Azure AI Search on loopback https, speaking the documented REST
/// contract for the calls the adapter makes: create or update an index (PUT), delete one (DELETE; 404
/// when there is none), index a batch
/// (upload, mergeOrUpload, merge, delete; 200 or 207 with per-item status) and search (POST, with
/// filter, facets, highlights, orderby, select, top, skip, count). Text matching is by substring
/// of each quoted phrase in the searched fields, which is enough for the contract because the
/// adapter sends folded text and folded fields. It records every request and can replay scripted
/// faults.
/// </summary>
internal sealed partial class FakeSearchService : IAsyncDisposable
{
    public const string ApiKey = "test-key";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, FakeIndex> indexes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly List<Fault> faults = [];
    private readonly Lock gate = new();

    private FakeSearchService(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public IReadOnlyDictionary<string, FakeIndex> Indexes => indexes;

    /// <summary>Per-item status to give the next index requests' first action (409, 422, 503, 400), and how many requests.</summary>
    public (int Status, int Times) ItemFailure { get; set; }

    public static async Task<FakeSearchService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Instance)));
        var service = new FakeSearchService(builder.Build());
        await service.app.StartAsync();
        var address = service.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        service.Endpoint = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return service;
    }

    public void Inject(Fault fault)
    {
        lock (gate)
        {
            faults.Add(fault);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var match = IndexPath().Match(context.Request.Path.Value ?? string.Empty);
        var body = context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted)
            : null;
        var name = match.Success ? (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : string.Empty;
        var rest = match.Success ? match.Groups[3].Value : string.Empty;
        var operation = (context.Request.Method, rest) switch
        {
            ("PUT", "") or ("POST", "") => "create",
            ("DELETE", "") => "delete",
            ("POST", "/docs/search.index") or ("POST", "/docs/index") => "index",
            ("POST", "/docs/search.post.search") or ("POST", "/docs/search") => "search",
            _ => "unknown",
        };
        requests.Enqueue(new RecordedRequest(operation, context.Request.Method, context.Request.Path + context.Request.QueryString, body, DateTimeOffset.UtcNow));

        if (!string.Equals(context.Request.Headers["api-key"], ApiKey, StringComparison.Ordinal))
        {
            await Reply(context, 403, new JsonObject { ["error"] = new JsonObject { ["message"] = "Forbidden" } });
            return;
        }

        Fault? fault;
        lock (gate)
        {
            fault = faults.FirstOrDefault(f => f.Operation == operation && f.Times > 0);
            if (fault is not null)
            {
                fault.Times--;
            }
        }

        if (fault is not null && await fault.Respond(context, context.RequestAborted))
        {
            return;
        }

        switch (operation)
        {
            case "create":
                indexes.GetOrAdd(name, _ => new FakeIndex()).Definition = body!.AsObject();
                await Reply(context, 200, body!.DeepClone());
                return;
            case "delete" when indexes.TryRemove(name, out _):
                context.Response.StatusCode = 204;
                return;
            case "index" when indexes.TryGetValue(name, out var index):
                await IndexBatch(context, index, body!["value"]!.AsArray());
                return;
            case "search" when indexes.TryGetValue(name, out var index):
                await Reply(context, 200, FakeSearch.Run(index, body!.AsObject()));
                return;
            default:
                await Reply(context, 404, new JsonObject { ["error"] = new JsonObject { ["message"] = $"No index {name} or operation {rest}." } });
                return;
        }
    }

    private async Task IndexBatch(HttpContext context, FakeIndex index, JsonArray actions)
    {
        var results = new JsonArray();
        var failFirst = false;
        lock (gate)
        {
            if (ItemFailure.Times > 0)
            {
                failFirst = true;
                ItemFailure = (ItemFailure.Status, ItemFailure.Times - 1);
            }
        }

        var anyFailed = false;
        foreach (var node in actions)
        {
            var action = node!.AsObject();
            var key = action["id"]?.GetValue<string>() ?? string.Empty;
            var status = 200;
            if (failFirst && results.Count == 0)
            {
                status = ItemFailure.Status;
            }
            else if (!KeyPattern().IsMatch(key))
            {
                status = 400;
            }
            else
            {
                index.Apply(action["@search.action"]?.GetValue<string>() ?? "upload", key, action);
            }

            anyFailed |= status >= 300;
            results.Add(new JsonObject { ["key"] = key, ["status"] = status < 300, ["errorMessage"] = status < 300 ? null : "failed", ["statusCode"] = status });
        }

        await Reply(context, anyFailed ? 207 : 200, new JsonObject { ["value"] = results });
    }

    internal static async Task Reply(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=none";
        await context.Response.WriteAsync(body?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "{}", context.RequestAborted);
    }

    [GeneratedRegex(@"^/indexes(?:\('([^']+)'\)|/([^/]+))(/.*)?$")]
    private static partial Regex IndexPath();

    [GeneratedRegex("^[A-Za-z0-9_=-]+$")]
    private static partial Regex KeyPattern();
}
