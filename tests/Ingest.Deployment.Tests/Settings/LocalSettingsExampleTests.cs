using System.Text.Json;
using Ingest.Azure;
using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>functions/Ingest.Functions/local.settings.example.json runs the app under <c>func start</c> against Azurite.</summary>
public sealed class LocalSettingsExampleTests
{
    private static IReadOnlyDictionary<string, string> Values()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repository.LocalSettingsExample));
        Assert.False(document.RootElement.GetProperty("IsEncrypted").GetBoolean());
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    [Fact]
    public void Values_Storage_IsAzurite()
    {
        var values = Values();

        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
        Assert.Equal("UseDevelopmentStorage=true", values[StorageNames.Connection]);
    }

    [Fact]
    public void Values_Runtime_IsDotnetIsolated() =>
        Assert.Equal("dotnet-isolated", Values()["FUNCTIONS_WORKER_RUNTIME"]);

    [Fact]
    public void Values_Index_IsLuceneOnALocalFolder()
    {
        var values = Values();

        Assert.Equal("Lucene", values["Ingest__Index__Provider"]);
        Assert.False(string.IsNullOrWhiteSpace(values["Ingest__Lucene__IndexPath"]));
    }

    [Fact]
    public void Values_ReindexSchedule_IsASixFieldSchedule() =>
        Assert.Equal(6, Values()[StorageNames.ReindexScheduleSetting].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    [Fact]
    public void Values_EveryIngestSetting_IsAnOptionTheAppReads()
    {
        var known = OptionsCatalog.Settings.Select(s => s.AppSetting).Append("Ingest__Index__Provider").ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Values().Keys, k => k.StartsWith("Ingest__", StringComparison.Ordinal) && !known.Contains(k));
    }
}
