using System.Diagnostics;

namespace Ingest.Testing.Azurite;

/// <summary>
/// A private Azurite (blob and queue; table too, unused) on free loopback ports with its own data
/// folder, started as a child process and killed with its process tree on dispose. It runs with
/// <c>--skipApiVersionCheck</c> because the storage SDK speaks a newer service version than Azurite knows.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key (public, not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private const int StartAttempts = 3;

    private readonly Process _process;
    private readonly OutputTail _output;
    private readonly string _location;
    private int _disposed;

    private AzuriteServer(Process process, OutputTail output, string location, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        _location = location;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{BlobPort}/{AccountName}");
    public Uri QueueEndpoint => new($"http://127.0.0.1:{QueuePort}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};";

    /// <summary>What Azurite printed most recently, for failure messages.</summary>
    public string RecentOutput => _output.ToString();

    /// <summary>Finds or installs Azurite, starts it, and returns once both endpoints answer.</summary>
    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = await AzuriteInstaller.FindOrInstallAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(executable);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (Exception)
            {
                // A port can be taken between choosing it and Azurite binding it: then choose again.
                var retry = attempt < StartAttempts && server.ExitedWithPortInUse();
                await server.DisposeAsync().ConfigureAwait(false);
                if (!retry)
                {
                    throw;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        Kill();
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // It was killed; the OS reaps it.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static AzuriteServer Launch(string executable)
    {
        var ports = FreePorts.Take(3);
        var location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                "--location", location,
                "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            WorkingDirectory = location,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // not the test host's console
            UseShellExecute = false,
        };
        var output = new OutputTail();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AzuriteServer(process, output, location, ports[0], ports[1], ports[2]);
    }

    /// <summary>Any HTTP answer from both endpoints means Azurite is listening.</summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        var pending = new List<Uri> { new(BlobEndpoint + "?comp=list"), new(QueueEndpoint + "?comp=list") };
        while (pending.Count > 0)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before it was ready. Output:\n{RecentOutput}");
            }

            if (waited.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException($"Azurite did not answer on {string.Join(", ", pending)} within {ReadyTimeout}. Output:\n{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync(pending[0], cancellationToken).ConfigureAwait(false);
                pending.RemoveAt(0);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private bool ExitedWithPortInUse()
    {
        if (!_process.HasExited)
        {
            return false;
        }

        _process.WaitForExit(); // flushes the asynchronous output readers
        return RecentOutput.Contains("EADDRINUSE", StringComparison.Ordinal);
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
