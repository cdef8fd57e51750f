using System.ComponentModel;
using System.Diagnostics;

namespace Ingest.Testing.Azurite;

/// <summary>
/// Finds Azurite in the repository's tool cache <c>tests/.tools/azurite</c>, installing it there with npm
/// on first use. The environment variable <c>AZURITE_BIN</c> points at another Azurite executable instead.
/// A lock file keeps two test assemblies from installing into the cache at once.
/// </summary>
internal static class AzuriteInstaller
{
    public const string Version = "3.37.0";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LockTimeout = InstallTimeout + TimeSpan.FromMinutes(2);

    public static string CacheFolder => Path.Combine(RepositoryRoot.Path, "tests", ".tools", "azurite");

    public static async Task<string> FindOrInstallAsync(CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable("AZURITE_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"AZURITE_BIN is set to {configured}, which does not exist.");
        }

        var folder = CacheFolder;
        var executable = Path.Combine(folder, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        var marker = Path.Combine(folder, $".installed-{Version}");
        if (File.Exists(marker) && File.Exists(executable))
        {
            return executable;
        }

        Directory.CreateDirectory(folder);
        using (await AcquireLockAsync(Path.Combine(folder, ".install.lock"), cancellationToken).ConfigureAwait(false))
        {
            if (!(File.Exists(marker) && File.Exists(executable))) // another assembly may have installed it while we waited
            {
                await NpmInstallAsync(folder, cancellationToken).ConfigureAwait(false);
                if (!File.Exists(executable))
                {
                    throw new InvalidOperationException($"npm installed azurite@{Version} into {folder}, but {executable} is missing.");
                }

                await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O"), cancellationToken).ConfigureAwait(false);
            }
        }

        return executable;
    }

    /// <summary>An exclusive lock across processes: .NET takes an advisory lock for <see cref="FileShare.None"/>.</summary>
    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < LockTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task NpmInstallAsync(string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            ArgumentList = { "install", "--prefix", folder, $"azurite@{Version}", "--no-audit", "--no-fund", "--loglevel=error" },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var output = new OutputTail();
        using var npm = new Process { StartInfo = start };
        npm.OutputDataReceived += (_, e) => output.Add(e.Data);
        npm.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            npm.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"The storage tests need Azurite, and installing it needs Node.js and npm on PATH, which were not found ({ex.Message}). " +
                $"Install Node.js (with npm), or set AZURITE_BIN to an Azurite {Version} executable.", ex);
        }

        npm.BeginOutputReadLine();
        npm.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm install azurite@{Version} did not finish within {InstallTimeout}. Output:\n{output}");
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install azurite@{Version} failed with exit code {npm.ExitCode}. Output:\n{output}");
        }
    }
}
