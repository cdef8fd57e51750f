using Azure.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>
/// A fake service and an adapter wired to it through the product's own registration. The test
/// trusts the fake's certificate by its hash through an injected transport; product code never
/// turns certificate validation off.
/// </summary>
internal sealed class FakeServiceHarness : IAsyncDisposable
{
    private readonly List<ServiceProvider> providers = [];
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => TestCertificate.IsTheOne(certificate) },
    });

    private FakeServiceHarness(FakeSearchService service) => Service = service;

    public FakeSearchService Service { get; }

    public static async Task<FakeServiceHarness> StartAsync() => new(await FakeSearchService.StartAsync());

    /// <summary>Generation 1 of the adapter from DI (the configured index), with short retry delays unless <paramref name="settings"/> says otherwise.</summary>
    public AzureSearchIndex CreateIndex(IDictionary<string, string?>? settings = null) =>
        CreateProvider(settings).GetRequiredService<AzureSearchIndexFactory>().OpenIndex(1);

    /// <summary>The adapter's generations from DI.</summary>
    public AzureSearchIndexFactory CreateFactory(IDictionary<string, string?>? settings = null) =>
        CreateProvider(settings).GetRequiredService<AzureSearchIndexFactory>();

    /// <summary>The services as the product registers them, with the fake's endpoint, key and short retry delays.</summary>
    public ServiceProvider CreateProvider(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ingest:AzureSearch:Endpoint"] = Service.Endpoint.ToString(),
            ["Ingest:AzureSearch:ApiKey"] = FakeSearchService.ApiKey,
            ["Ingest:AzureSearch:RetryDelay"] = "00:00:00.010",
            ["Ingest:AzureSearch:MaxRetries"] = "3",
            ["Ingest:AzureSearch:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddAzureSearchIndex(client => client.Transport = new HttpClientTransport(http));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        providers.Add(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        http.Dispose();
        await Service.DisposeAsync();
    }
}
