using System.Text.Json;
using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>
/// infra/main.bicep compiled once per test run (<c>bicep build</c> into a temp folder) and parsed:
/// the ARM JSON that Azure would deploy, with every local module inlined as a nested deployment.
/// </summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ArmTemplate? _template;

    /// <summary>What <c>bicep build</c> printed; empty when the template compiled without diagnostics.</summary>
    internal ProcessResult Build { get; private set; } = new(-1, string.Empty, string.Empty);

    internal ArmTemplate Template => _template ?? throw new InvalidOperationException($"bicep build failed:\n{Build.Output}");

    public async ValueTask InitializeAsync()
    {
        var output = Path.Combine(_folder.Path, "main.json");
        Build = await BicepCli.RunAsync(["build", Repository.MainBicep, "--outfile", output], CancellationToken.None);
        if (Build.ExitCode == 0 && File.Exists(output))
        {
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(output));
            _template = new ArmTemplate(document.RootElement.Clone());
        }
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
