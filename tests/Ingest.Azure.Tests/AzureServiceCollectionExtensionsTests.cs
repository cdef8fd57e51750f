using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ingest.Azure.Events;
using Ingest.Azure.Queueing;
using Ingest.Azure.Reindexing;
using Ingest.Azure.Sources;
using Ingest.Azure.State;
using Ingest.Azure.Storage;
using Ingest.Pipeline;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Ingest.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Tests;

public sealed class AzureServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void AddAzureStorageAdapters_ConnectionStringInTheSection_ResolvesTheBlobAdaptersForThePorts()
    {
        using var services = CreateServices(new() { ["Ingest:AzureStorage:ConnectionString"] = azurite.ConnectionString });

        Assert.IsType<BlobDocumentSource>(services.GetRequiredService<IDocumentSource>());
        Assert.IsType<BlobManifestStore>(services.GetRequiredService<IManifestStore>());
        Assert.IsType<BlobQuarantineStore>(services.GetRequiredService<IQuarantineStore>());
        Assert.IsType<StorageQueueWorkQueue>(services.GetRequiredService<IWorkQueue>());
        Assert.Same(services.GetRequiredService<BlobDocumentSource>(), services.GetRequiredService<IDocumentSource>());
        Assert.IsType<BlobReindexRunStore>(services.GetRequiredService<IReindexRunStore>());
        Assert.IsType<BlobIndexCatalogStore>(services.GetRequiredService<IIndexCatalogStore>());
        Assert.Same(services.GetRequiredService<BlobReindexLease>(), services.GetRequiredService<IReindexLock>());
        Assert.NotNull(services.GetRequiredService<BlobDeletedEventParser>());
        Assert.Equal(azurite.Server.BlobPort, services.GetRequiredService<BlobServiceClient>().Uri.Port);
        Assert.Equal(azurite.Server.QueuePort, services.GetRequiredService<QueueServiceClient>().Uri.Port);
    }

    [Fact]
    public void AddAzureStorageAdapters_BeforeReindexingAndGenerations_TheSharedStoresWinOverTheInMemoryDefaults()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["IngestStorage"] = azurite.ConnectionString }).Build());
        services.AddLogging();
        services.AddAzureStorageAdapters().AddReindexing().AddIndexGenerations();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<BlobReindexRunStore>(provider.GetRequiredService<IReindexRunStore>());
        Assert.IsType<BlobIndexCatalogStore>(provider.GetRequiredService<IIndexCatalogStore>());
        Assert.IsType<BlobReindexLease>(provider.GetRequiredService<IReindexLock>());
    }

    [Fact]
    public void AddAzureStorageAdapters_FunctionsConnectionOnly_UsesIt()
    {
        using var services = CreateServices(new() { ["IngestStorage"] = azurite.ConnectionString });

        Assert.Equal(azurite.ConnectionString, services.GetRequiredService<IOptions<AzureStorageOptions>>().Value.ConnectionString);
    }

    [Fact]
    public void AddAzureStorageAdapters_FunctionsIdentitySettings_BuildClientsForTheServiceUris()
    {
        using var services = CreateServices(new()
        {
            ["IngestStorage:blobServiceUri"] = "https://stingest.blob.core.windows.net",
            ["IngestStorage:queueServiceUri"] = "https://stingest.queue.core.windows.net",
            ["IngestStorage:clientId"] = "11111111-2222-3333-4444-555555555555",
        });

        Assert.Equal("stingest.blob.core.windows.net", services.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Equal("stingest.queue.core.windows.net", services.GetRequiredService<QueueServiceClient>().Uri.Host);
    }

    [Fact]
    public void AddAzureStorageAdapters_SectionAndFunctionsConnection_TheSectionWins()
    {
        using var services = CreateServices(new()
        {
            ["Ingest:AzureStorage:ConnectionString"] = azurite.ConnectionString,
            ["IngestStorage:serviceUri"] = "https://elsewhere.blob.core.windows.net",
        });

        var options = services.GetRequiredService<IOptions<AzureStorageOptions>>().Value;

        Assert.Equal(azurite.ConnectionString, options.ConnectionString);
        Assert.Null(options.BlobServiceUri);
    }

    [Fact]
    public void AddAzureStorageAdapters_NothingConfigured_FailsAtStartUpValidation()
    {
        using var services = CreateServices(new());

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("No storage account is configured", error.Message);
    }

    [Fact]
    public void AddAzureStorageAdapters_InvalidContainerName_FailsAtStartUpValidation()
    {
        using var services = CreateServices(new()
        {
            ["IngestStorage"] = azurite.ConnectionString,
            ["Ingest:AzureStorage:ArticlesContainer"] = "Articles_Bad",
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task EnsureStorageAsync_RunTwice_CreatesEveryContainerAndQueueAndSucceedsAgain()
    {
        var names = TestStorage.Describe(azurite).Settings;
        using var services = CreateServices(new()
        {
            ["Ingest:AzureStorage:ConnectionString"] = azurite.ConnectionString,
            ["Ingest:AzureStorage:ArticlesContainer"] = names.ArticlesContainer,
            ["Ingest:AzureStorage:StateContainer"] = names.StateContainer,
            ["Ingest:AzureStorage:QuarantineContainer"] = names.QuarantineContainer,
            ["Ingest:AzureStorage:WorkQueue"] = names.WorkQueue,
            ["Ingest:AzureStorage:BlobEventsQueue"] = names.BlobEventsQueue,
        });

        await services.EnsureStorageAsync(Cancel);
        await services.EnsureStorageAsync(Cancel);

        var blobs = services.GetRequiredService<BlobServiceClient>();
        var queues = services.GetRequiredService<QueueServiceClient>();
        foreach (var container in (string[])[names.ArticlesContainer, names.StateContainer, names.QuarantineContainer])
        {
            Assert.True((await blobs.GetBlobContainerClient(container).ExistsAsync(Cancel)).Value, container);
        }

        foreach (var queue in (string[])[names.WorkQueue, names.BlobEventsQueue])
        {
            Assert.True((await queues.GetQueueClient(queue).ExistsAsync(Cancel)).Value, queue);
        }
    }

    private static ServiceProvider CreateServices(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddAzureStorageAdapters();
        return services.BuildServiceProvider();
    }
}
