using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Azure;
using Ingest.Deployment.Tests.Bicep;
using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Scripts;

/// <summary>
/// infra/scripts/postdeploy.sh, run with <c>sh</c> against a stand-in Azure CLI: the BlobCreated
/// subscription it writes points at the IngestArticle blob trigger's webhook with the extension key.
/// </summary>
public sealed partial class PostDeployScriptTests(CompiledTemplate compiled)
{
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000001",
        ["AZURE_RESOURCE_GROUP"] = "rg-test",
        ["AZURE_FUNCTION_APP_NAME"] = "func-test",
        ["AZURE_FUNCTION_URL"] = "https://func-test.azurewebsites.net",
        ["AZURE_FUNCTION_NAME_INGEST"] = "IngestArticle",
        ["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-test",
        ["AZURE_STORAGE_ARTICLES_CONTAINER"] = StorageNames.ArticlesContainer,
        ["POSTDEPLOY_KEY_DELAY_SECONDS"] = "0",
    };

    [Fact]
    public async Task Run_KeyAvailable_PutsTheWebhookSubscriptionForBlobCreatedInArticles()
    {
        using var az = new FakeAzureCli();

        var result = await RunAsync(az, Environment);

        Assert.True(result.ExitCode == 0, result.Output);
        var put = Assert.Single(az.Calls, c => c.StartsWith("rest --method put", StringComparison.Ordinal));
        Assert.Contains(
            "--uri /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-test/providers/Microsoft.EventGrid/systemTopics/evgt-test/eventSubscriptions/blob-created?api-version=",
            put,
            StringComparison.Ordinal);
        using var body = JsonDocument.Parse(az.Body ?? throw new InvalidOperationException("az rest got no body file."));
        var properties = body.RootElement.GetProperty("properties");
        var destination = properties.GetProperty("destination");
        Assert.Equal("WebHook", destination.GetProperty("endpointType").GetString());
        Assert.Equal(
            $"https://func-test.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle&code={FakeAzureCli.Key}",
            destination.GetProperty("properties").GetProperty("endpointUrl").GetString());
        Assert.Equal(["Microsoft.Storage.BlobCreated"], properties.GetProperty("filter").GetProperty("includedEventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("/blobServices/default/containers/articles/", properties.GetProperty("filter").GetProperty("subjectBeginsWith").GetString());
        Assert.Equal("EventGridSchema", properties.GetProperty("eventDeliverySchema").GetString());
    }

    [Fact]
    public async Task Run_KeyNotYetCreated_WaitsForIt()
    {
        using var az = new FakeAzureCli(emptyKeyAnswers: 2);

        var result = await RunAsync(az, Environment);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(3, az.Calls.Count(c => c.StartsWith("functionapp keys list", StringComparison.Ordinal)));
        Assert.Contains(FakeAzureCli.Key, az.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_KeyNeverCreated_FailsWithoutTouchingTheSubscription()
    {
        using var az = new FakeAzureCli(emptyKeyAnswers: int.MaxValue);

        var result = await RunAsync(az, new Dictionary<string, string?>(Environment) { ["POSTDEPLOY_KEY_ATTEMPTS"] = "2" });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("blobs_extension", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(az.Calls, c => c.StartsWith("rest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_OutputMissing_FailsNamingIt()
    {
        using var az = new FakeAzureCli();
        var environment = new Dictionary<string, string?>(Environment) { ["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"] = null };

        var result = await RunAsync(az, environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("AZURE_EVENTGRID_SYSTEM_TOPIC_NAME", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(az.Calls);
    }

    [Fact]
    public void Script_EveryVariableItReads_IsAnOutputOfTheTemplate()
    {
        // azd hands the template's outputs to the hook as environment variables; it adds the subscription id itself.
        var outputs = compiled.Template.RootScope.Template.GetProperty("outputs");
        var read = Variable().Matches(File.ReadAllText(Repository.PostDeployScript)).Select(m => m.Value).Distinct()
            .Where(v => v != "AZURE_SUBSCRIPTION_ID");

        Assert.All(read, name => Assert.True(outputs.TryGetProperty(name, out _), $"main.bicep has no output {name}."));
    }

    [Fact]
    public void TemplateOutputs_IngestFunctionAndContainer_MatchTheCode()
    {
        var outputs = compiled.Template.RootScope.Template.GetProperty("outputs");
        string? Output(string name) => ArmTemplate.TryEvaluateString(outputs.GetProperty(name).GetProperty("value"), compiled.Template.RootScope);

        // The function name is fixed by [Function(nameof(IngestArticle))] in the Functions app.
        Assert.Equal("IngestArticle", Output("AZURE_FUNCTION_NAME_INGEST"));
        Assert.Equal(StorageNames.ArticlesContainer, Output("AZURE_STORAGE_ARTICLES_CONTAINER"));
    }

    private static async Task<ProcessResult> RunAsync(FakeAzureCli az, IReadOnlyDictionary<string, string?> environment)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("The POSIX post-deploy script runs under sh; postdeploy.ps1 is its Windows twin.");
        }

        var withPath = new Dictionary<string, string?>(environment)
        {
            ["PATH"] = $"{az.Folder}:{System.Environment.GetEnvironmentVariable("PATH")}",
        };
        return await ProcessRunner.RunAsync("sh", [Repository.PostDeployScript], TimeSpan.FromMinutes(1), az.Folder, withPath, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"\bAZURE_[A-Z_]+\b")]
    private static partial Regex Variable();
}
