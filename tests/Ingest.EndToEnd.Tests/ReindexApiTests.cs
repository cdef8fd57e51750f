using System.Net;
using System.Text.Json;

namespace Ingest.EndToEnd.Tests;

/// <summary>Re-indexing through the local host's API: start a run, follow it to completion, roll a full one back.</summary>
public sealed class ReindexApiTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PostReindex_IncrementalThenFull_RunsCompleteWithCounts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        for (var i = 1; i <= 3; i++)
        {
            await File.WriteAllTextAsync(source.Combine($"a{i}.txt"), $"城市更新第{i}号\n这是关于城市更新试点的第{i}篇文章，讨论老旧小区改造。\n", ct);
        }

        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);
        await host.Client.WaitForAsync("q=老旧小区改造", r => r.Count() == 3, Bound, ct);

        var incremental = await StartAsync(host.Client, "incremental", ct);
        var done = await WaitCompletedAsync(host.Client, incremental, ct);
        Assert.Equal(3, done.GetProperty("summary").GetProperty("unchanged").GetInt32());
        Assert.Equal(0, done.GetProperty("summary").GetProperty("enqueued").GetInt32());

        await File.WriteAllTextAsync(source.Combine("a4.txt"), "新文章\n第四篇文章讨论老旧小区改造的资金来源。\n", ct);
        var full = await StartAsync(host.Client, "full", ct);
        var fullDone = await WaitCompletedAsync(host.Client, full, ct);
        var counts = fullDone.GetProperty("counts");
        Assert.Equal("full", fullDone.GetProperty("mode").GetString());
        Assert.True(counts.GetProperty("indexed").GetInt32() >= 1);
        Assert.Equal(4, counts.GetProperty("done").GetInt32());
        Assert.Equal(2, fullDone.GetProperty("generation").GetInt32());
        Assert.Equal(4, (await host.Client.SearchAsync("q=老旧小区改造", ct)).Count());
        var runs = JsonDocument.Parse(await host.Client.GetStringAsync("/api/reindex", ct)).RootElement.GetProperty("runs").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(full, runs[0]);
        Assert.Contains(incremental, runs);
        var index = JsonDocument.Parse(await host.Client.GetStringAsync("/api/health", ct)).RootElement.GetProperty("index");
        Assert.Equal((2, 1), (index.GetProperty("active").GetInt32(), index.GetProperty("previous").GetInt32()));

        using var rollback = await host.Client.PostAsync("/api/reindex/rollback", null, ct);
        var rolledBack = JsonDocument.Parse(await rollback.Content.ReadAsStringAsync(ct)).RootElement;

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal((1, 2), (rolledBack.GetProperty("active").GetInt32(), rolledBack.GetProperty("previous").GetInt32()));
        // The generation the full run replaced also has the article added while it was active.
        Assert.Equal(4, (await host.Client.SearchAsync("q=老旧小区改造", ct)).Count());
    }

    [Fact]
    public async Task PostRollback_NoFullReindexSwitchedYet_AnswersConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);

        using var response = await host.Client.PostAsync("/api/reindex/rollback", null, ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reindex_BadModeOrUnknownRun_AnswersWithProblems()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("source");
        using var data = new TempFolder("data");
        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);

        using var bad = await host.Client.PostAsync("/api/reindex?mode=sideways", null, ct);
        using var unknown = await host.Client.GetAsync("/api/reindex/nosuchrun", ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> StartAsync(HttpClient client, string mode, CancellationToken ct)
    {
        using var response = await client.PostAsync($"/api/reindex?mode={mode}", null, ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        var id = run.GetProperty("id").GetString()!;
        Assert.Equal($"/api/reindex/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    private static async Task<JsonElement> WaitCompletedAsync(HttpClient client, string id, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            using var response = await client.GetAsync($"/api/reindex/{id}", ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var run = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
            var state = run.GetProperty("state").GetString();
            // A full run checks its new generation and switches after its items are done.
            if (state is not ("running" or "switching"))
            {
                Assert.Equal("completed", state);
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Run {id} still running: {run}");
            await Task.Delay(100, ct);
        }
    }
}
