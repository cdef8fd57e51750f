using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ingest.Functions.Tests;

/// <summary>Settings of host.json that code relies on.</summary>
public sealed partial class HostJsonTests
{
    [Fact]
    public void MaxDequeueCount_MatchesWhatProcessWorkItemTakesForTheLastAttempt()
    {
        var root = Root();
        using var host = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "host.json")));
        var configured = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();
        // The app is not referenced as an assembly here (the Functions SDK builds it apart), so its constant is read from the source.
        var source = File.ReadAllText(Path.Combine(root, "functions", "Ingest.Functions", "Triggers", "ProcessWorkItem.cs"));

        var constant = int.Parse(MaxDequeueCountConstant().Match(source).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(configured, constant);
    }

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ingest.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Ingest.sln) was not found above the test's folder.");
    }

    [GeneratedRegex(@"const int MaxDequeueCount = (\d+);")]
    private static partial Regex MaxDequeueCountConstant();
}
