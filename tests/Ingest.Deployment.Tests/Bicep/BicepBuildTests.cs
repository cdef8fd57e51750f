using System.Text.Json;
using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The template compiles and lints without a single diagnostic under infra/bicepconfig.json.</summary>
public sealed class BicepBuildTests(CompiledTemplate compiled)
{
    [Fact]
    public void Build_MainTemplate_CompilesWithoutDiagnostics()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Output);
        Assert.True(string.IsNullOrWhiteSpace(compiled.Build.StandardError) && string.IsNullOrWhiteSpace(compiled.Build.StandardOutput), compiled.Build.Output);
    }

    [Fact]
    public async Task Lint_MainTemplate_ReportsNothing()
    {
        var lint = await BicepCli.RunAsync(["lint", Repository.MainBicep], TestContext.Current.CancellationToken);

        Assert.True(lint.ExitCode == 0, lint.Output);
        Assert.True(string.IsNullOrWhiteSpace(lint.StandardError) && string.IsNullOrWhiteSpace(lint.StandardOutput), lint.Output);
    }

    [Fact]
    public async Task Lint_UnderTheRepositoryConfig_FailsOnAnUnusedParameter()
    {
        // Proves the lint check has teeth: bicepconfig.json raises the rules to errors.
        using var folder = new TempFolder();
        File.Copy(Path.Combine(Repository.Infra, "bicepconfig.json"), Path.Combine(folder.Path, "bicepconfig.json"));
        var file = Path.Combine(folder.Path, "unused.bicep");
        await File.WriteAllTextAsync(file, "param unused string\n", TestContext.Current.CancellationToken);

        var lint = await BicepCli.RunAsync(["lint", file], TestContext.Current.CancellationToken);

        Assert.NotEqual(0, lint.ExitCode);
        Assert.Contains("no-unused-params", lint.StandardOutput + lint.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void MainParameters_EveryParameter_IsDeclaredAndEveryRequiredOneIsGiven()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "main.parameters.json")));
        var given = file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var declared = compiled.Template.RootScope.Template.GetProperty("parameters").EnumerateObject().ToList();

        Assert.Empty(given.Except(declared.Select(p => p.Name), StringComparer.Ordinal));
        var required = declared.Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name);
        Assert.Empty(required.Except(given, StringComparer.Ordinal));
    }
}
