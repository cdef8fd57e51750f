using System.Net;

namespace Ingest.EndToEnd.Tests;

/// <summary>The README's promise: with the samples served, the seed article answers 數字化轉型 in either script.</summary>
public sealed class SamplesTests
{
    private const string SeedDocument = "000_899386f473eb41e2-txt";

    [Fact]
    public async Task Serve_Samples_AnswerQueriesInBothScripts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var source = new TempFolder("samples");
        using var data = new TempFolder("data");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "articles")))
        {
            File.Copy(file, source.Combine(Path.GetFileName(file)));
        }

        await using var host = await LocalHostRunner.StartAsync(source.Path, data.Path, ct);
        var traditional = await host.Client.WaitForAsync("q=數字化轉型", r => r.Count() > 0, TimeSpan.FromSeconds(60), ct);
        var first = traditional.Results().First();
        Assert.Equal(SeedDocument, first.GetProperty("documentId").GetString());
        Assert.Equal("000_899386f473eb41e2.txt", first.GetProperty("path").GetString());
        Assert.Contains("<em>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("title").GetString()));
        Assert.True(first.GetProperty("score").GetDouble() > 0);

        var simplified = await host.Client.SearchAsync("q=数字化转型", ct);
        Assert.Equal(SeedDocument, simplified.Results().First().GetProperty("documentId").GetString());

        var filtered = await host.Client.SearchAsync("q=數字化&place=广东&facets=place", ct);
        Assert.Contains(filtered.Results(), r => r.GetProperty("documentId").GetString() == SeedDocument);
        var places = filtered.GetProperty("facets").GetProperty("place").EnumerateArray().ToDictionary(p => p.GetProperty("value").GetString()!, p => p.GetProperty("count").GetInt64());
        Assert.Equal(filtered.Count(), places["广东"]);

        using var health = await host.Client.GetAsync("/api/health", ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var healthBody = System.Text.Json.JsonDocument.Parse(await health.Content.ReadAsStringAsync(ct));
        var index = healthBody.RootElement.GetProperty("index");
        Assert.Equal(1, index.GetProperty("active").GetInt32());
        Assert.False(index.TryGetProperty("building", out _), "no full re-index is filling a generation");
        using var document = await host.Client.GetAsync($"/api/documents/{SeedDocument}", ct);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
    }
}
