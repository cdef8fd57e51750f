using System.Net.Http.Json;
using Ingest.Api;
using Ingest.Cli.Hosting;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Cli.Reindexing;

/// <summary>Asks the host serving a data folder to run a re-index through its API, and follows the run.</summary>
internal static class RemoteReindex
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether the host the marker names answers its health endpoint.</summary>
    public static async Task<bool> IsServingAsync(ServeMarker marker, CancellationToken cancellationToken)
    {
        if (!marker.ProcessAlive())
        {
            return false;
        }

        using var http = Client(marker);
        try
        {
            using var response = await http.GetAsync("api/health", cancellationToken).ConfigureAwait(false);
            return true; // any answer, healthy or not, means a host owns the folder
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <returns>The finished run.</returns>
    /// <exception cref="HttpRequestException">The host refused or failed the request.</exception>
    public static async Task<ReindexRun> RunAsync(ServeMarker marker, ReindexMode mode, ReindexProgressWriter progress, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = Client(marker);
        var modeName = mode == ReindexMode.Full ? "full" : "incremental";
        using var started = await http.PostAsync($"api/reindex?mode={modeName}", content: null, cancellationToken).ConfigureAwait(false);
        if (!started.IsSuccessStatusCode)
        {
            var problem = await started.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"The host answered {(int)started.StatusCode}: {problem}");
        }

        var run = await started.Content.ReadFromJsonAsync<ReindexRun>(ApiJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new HttpRequestException("The host answered without a run.");
        if (run.AlreadyRunning)
        {
            await output.WriteLineAsync($"A re-index ({(run.Mode == ReindexMode.Full ? "full" : "incremental")}) was already running there; following it instead of starting another.")
                .ConfigureAwait(false);
        }

        while (true)
        {
            progress.Update(run);
            if (!run.IsActive)
            {
                return run;
            }

            await Task.Delay(PollEvery, cancellationToken).ConfigureAwait(false);
            run = await http.GetFromJsonAsync<ReindexRun>($"api/reindex/{Uri.EscapeDataString(run.Id)}", ApiJson.Options, cancellationToken).ConfigureAwait(false) ?? run;
        }
    }

    private static HttpClient Client(ServeMarker marker) => new() { BaseAddress = marker.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
}
