using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ingest.Azure.Events;
using Ingest.Azure.Queueing;
using Ingest.Azure.Reindexing;
using Ingest.Azure.Sources;
using Ingest.Azure.State;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ingest.Azure;

public static class AzureServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage options (<c>Ingest:AzureStorage</c>, falling back to the Functions connection
    /// <c>IngestStorage</c>; validated at start-up), the blob and queue service clients, and the Azure
    /// adapters of the ports: <see cref="IDocumentSource"/>, <see cref="IManifestStore"/>,
    /// <see cref="IQuarantineStore"/> and <see cref="IWorkQueue"/>; plus the re-index lease, the
    /// blob-events handler and <see cref="AzureStorageInitializer"/>.
    /// </summary>
    public static IServiceCollection AddAzureStorageAdapters(this IServiceCollection services)
    {
        services.AddOptions<AzureStorageOptions>().BindConfiguration(AzureStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AzureStorageOptions>, AzureStorageOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureStorageOptions>, AzureStorageOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageClientFactory.CreateBlobServiceClient(sp.GetRequiredService<IOptions<AzureStorageOptions>>().Value));
        services.TryAddSingleton(sp => StorageClientFactory.CreateQueueServiceClient(sp.GetRequiredService<IOptions<AzureStorageOptions>>().Value));

        services.TryAddSingleton<BlobDocumentSource>();
        services.TryAddSingleton<IDocumentSource>(sp => sp.GetRequiredService<BlobDocumentSource>());
        services.TryAddSingleton<IManifestStore, BlobManifestStore>();
        services.TryAddSingleton<IQuarantineStore, BlobQuarantineStore>();
        services.TryAddSingleton<StorageQueueWorkQueue>();
        services.TryAddSingleton<IWorkQueue>(sp => sp.GetRequiredService<StorageQueueWorkQueue>());

        services.TryAddSingleton<BlobReindexLease>();
        services.TryAddSingleton<BlobDeletedEventParser>();
        services.TryAddSingleton<BlobDeletedHandler>();
        services.TryAddSingleton<AzureStorageInitializer>();
        return services;
    }

    /// <summary>Creates the containers and queues when missing (see <see cref="AzureStorageInitializer"/>); idempotent.</summary>
    public static Task EnsureStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<AzureStorageInitializer>().EnsureStorageAsync(cancellationToken);
}
