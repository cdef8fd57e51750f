using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package (no separate install, no
/// download). NuGet does not always keep the executable bit when it extracts a package, so it is set here.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> Executable = new(Prepare);

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(
            Executable.Value,
            arguments,
            Timeout,
            Repository.Infra,
            // No telemetry, and no first-run chatter on stderr that would read as a diagnostic.
            new Dictionary<string, string?> { ["BICEP_TELEMETRY_ENABLED"] = "false", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            cancellationToken);

    private static string Prepare()
    {
        var path = BuildPaths.BicepExecutable;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at {path}; the restore of Azure.Bicep.CommandLine.linux-x64 should have put it there.", path);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }
}
