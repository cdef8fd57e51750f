using Microsoft.Extensions.Hosting;

namespace Ingest.Cli.Hosting;

/// <summary>Writes <see cref="ServeMarker"/> once the host listens, and removes it when the host stops.</summary>
internal sealed class ServeMarkerService(LocalHostOptions options, IHostApplicationLifetime lifetime, TimeProvider time) : IHostedService
{
    private ServeMarker? _marker;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            _marker = new ServeMarker(Environment.ProcessId, options.Port, options.Source.ToString(), time.GetUtcNow());
            _marker.Write(options.DataPath);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _marker?.Remove(options.DataPath);
        return Task.CompletedTask;
    }
}
