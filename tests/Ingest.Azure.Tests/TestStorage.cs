using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ingest.Azure.Storage;
using Ingest.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace Ingest.Azure.Tests;

/// <summary>A storage layout of its own on the shared Azurite: containers and queues with a unique suffix, created.</summary>
internal sealed class TestStorage
{
    private TestStorage(AzureStorageOptions settings)
    {
        Settings = settings;
        Blobs = StorageClientFactory.CreateBlobServiceClient(settings);
        Queues = StorageClientFactory.CreateQueueServiceClient(settings);
    }

    public AzureStorageOptions Settings { get; }
    public IOptions<AzureStorageOptions> Options => Microsoft.Extensions.Options.Options.Create(Settings);
    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }

    public BlobContainerClient Articles => Blobs.GetBlobContainerClient(Settings.ArticlesContainer);
    public BlobContainerClient State => Blobs.GetBlobContainerClient(Settings.StateContainer);
    public BlobContainerClient Quarantine => Blobs.GetBlobContainerClient(Settings.QuarantineContainer);

    /// <summary>Names only; nothing is created.</summary>
    public static TestStorage Describe(AzuriteFixture azurite, Action<AzureStorageOptions>? configure = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var settings = new AzureStorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            ArticlesContainer = $"articles-{suffix}",
            StateContainer = $"state-{suffix}",
            QuarantineContainer = $"quarantine-{suffix}",
            WorkQueue = $"work-{suffix}",
            BlobEventsQueue = $"events-{suffix}",
        };
        configure?.Invoke(settings);
        return new TestStorage(settings);
    }

    /// <summary>Names and creates the containers and queues.</summary>
    public static async Task<TestStorage> CreateAsync(AzuriteFixture azurite, Action<AzureStorageOptions>? configure = null)
    {
        var storage = Describe(azurite, configure);
        await new AzureStorageInitializer(storage.Blobs, storage.Queues, storage.Options).EnsureStorageAsync(TestContext.Current.CancellationToken);
        return storage;
    }
}
