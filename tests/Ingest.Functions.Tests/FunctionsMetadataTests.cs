using System.Reflection;
using System.Text.Json;

namespace Ingest.Functions.Tests;

/// <summary>
/// Reads the <c>functions.metadata</c> that the Functions SDK generated when it built the app: the
/// host indexes functions from it, so a wrong trigger, path, route or auth level shows up here.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JsonElement[]> Functions = new(() =>
    {
        var output = typeof(FunctionsMetadataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FunctionsOutput").Value!;
        var path = Path.Combine(output, "functions.metadata");
        Assert.True(File.Exists(path), $"The build did not write {path}.");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    });

    [Theory]
    [InlineData("IngestArticle", "blobTrigger")]
    [InlineData("SearchArticles", "httpTrigger")]
    [InlineData("ScheduleReindex", "timerTrigger")]
    [InlineData("ProcessWorkItem", "queueTrigger")]
    [InlineData("RemoveArticle", "queueTrigger")]
    [InlineData("StartReindex", "httpTrigger")]
    [InlineData("GetReindexStatus", "httpTrigger")]
    [InlineData("RollbackIndex", "httpTrigger")]
    [InlineData("ListReindexRuns", "httpTrigger")]
    public void Metadata_Function_HasItsTrigger(string name, string trigger) =>
        Assert.Equal(trigger, TriggerOf(name).GetProperty("type").GetString());

    [Fact]
    public void IngestArticle_BlobTrigger_WatchesArticlesThroughEventGrid()
    {
        var binding = TriggerOf("IngestArticle");
        Assert.Equal("articles/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("IngestStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void SearchArticles_HttpTrigger_IsGetAndPostOnSearchWithFunctionKey()
    {
        var binding = TriggerOf("SearchArticles");
        Assert.Equal("search", binding.GetProperty("route").GetString());
        Assert.Equal("Function", binding.GetProperty("authLevel").GetString(), ignoreCase: true);
        Assert.Equal(["get", "post"], binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).Order());
    }

    [Fact]
    public void SearchPage_HttpTrigger_ServesThePageAnonymouslyUnderUi()
    {
        var binding = TriggerOf("SearchPage");
        Assert.Equal("ui/{*path}", binding.GetProperty("route").GetString());
        Assert.Equal("Anonymous", binding.GetProperty("authLevel").GetString(), ignoreCase: true);
        Assert.Equal(["get"], binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("StartReindex", "post", "reindex", "Admin")]
    [InlineData("RollbackIndex", "post", "reindex/rollback", "Admin")]
    [InlineData("GetReindexStatus", "get", "reindex/{id}", "Function")]
    [InlineData("ListReindexRuns", "get", "reindex", "Function")]
    public void ReindexTriggers_HttpTrigger_HaveTheirRouteMethodAndKey(string name, string method, string route, string authLevel)
    {
        var binding = TriggerOf(name);
        Assert.Equal(route, binding.GetProperty("route").GetString());
        Assert.Equal(authLevel, binding.GetProperty("authLevel").GetString(), ignoreCase: true);
        Assert.Equal([method], binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
    }

    [Fact]
    public void ScheduleReindex_TimerTrigger_ReadsScheduleFromAppSetting() =>
        Assert.Equal("%ReindexSchedule%", TriggerOf("ScheduleReindex").GetProperty("schedule").GetString());

    [Theory]
    [InlineData("ProcessWorkItem", "ingest-work")]
    [InlineData("RemoveArticle", "blob-events")]
    public void QueueTriggers_ReadTheirQueuesOnTheStorageConnection(string name, string queue)
    {
        var binding = TriggerOf(name);
        Assert.Equal(queue, binding.GetProperty("queueName").GetString());
        Assert.Equal("IngestStorage", binding.GetProperty("connection").GetString());
    }

    private static JsonElement TriggerOf(string name)
    {
        var function = Functions.Value.SingleOrDefault(f => f.GetProperty("name").GetString() == name);
        Assert.True(function.ValueKind == JsonValueKind.Object, $"functions.metadata has no function {name}.");
        return function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }
}
