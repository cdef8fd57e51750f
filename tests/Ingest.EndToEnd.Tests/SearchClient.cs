using System.Net.Http.Json;
using System.Text.Json;

namespace Ingest.EndToEnd.Tests;

/// <summary>Calls /api/search and waits, within a bound, for an expected answer.</summary>
internal static class SearchClient
{
    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync($"/api/search?{query}", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET /api/search?{query} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the search result, or fails after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(this HttpClient client, string query, Func<JsonElement, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement last;
        do
        {
            last = await client.SearchAsync(query, cancellationToken);
            if (condition(last)) return last;
            await Task.Delay(100, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Search '{query}' did not reach the expected state within {timeout.TotalSeconds} s; last answer: {last}");
        return last;
    }

    public static long Count(this JsonElement result) => result.GetProperty("count").GetInt64();

    public static IEnumerable<JsonElement> Results(this JsonElement result) => result.GetProperty("results").EnumerateArray();
}
