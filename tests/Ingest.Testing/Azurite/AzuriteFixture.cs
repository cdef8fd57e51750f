using Xunit;

namespace Ingest.Testing.Azurite;

/// <summary>
/// One Azurite for a test assembly: register it with <c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c>
/// and take it in a test class's constructor. Fails (never skips) when Azurite cannot be installed or started.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not been started.");

    /// <summary>Connection string with explicit blob and queue endpoints on loopback.</summary>
    public string ConnectionString => Server.ConnectionString;

    public async ValueTask InitializeAsync() => _server = await AzuriteServer.StartAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
