using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ingest.Azure.Events;
using Ingest.Azure.Queueing;
using Ingest.Azure.Reindexing;
using Ingest.Azure.Sources;
using Ingest.Azure.State;
using Ingest.Azure.Storage;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
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
    /// <see cref="IQuarantineStore"/>, <see cref="IWorkQueue"/>, and the shared state of re-indexing in the
    /// state container: <see cref="IReindexRunStore"/>, <see cref="IIndexCatalogStore"/> and
    /// <see cref="IReindexLock"/> (the blob lease); plus the blob-events handler and <see cref="AzureStorageInitializer"/>.
    /// Every registration is a TryAdd, and so are the in-memory defaults of <c>AddReindexing()</c> and
    /// <c>AddIndexGenerations()</c>: call this first, or those defaults win and runs, the catalog and
    /// the lock stay in one instance's memory.
    /// </summary>
    public static IServiceCollection AddAzureStorageAdapters(this IServiceCollection services)
    {
        services.AddBlobDocumentSource();
        services.TryAddSingleton(sp => StorageClientFactory.CreateQueueServiceClient(sp.GetRequiredService<IOptions<AzureStorageOptions>>().Value));
        services.TryAddSingleton<IManifestStore, BlobManifestStore>();
        services.TryAddSingleton<IQuarantineStore, BlobQuarantineStore>();
        services.TryAddSingleton<StorageQueueWorkQueue>();
        services.TryAddSingleton<IWorkQueue>(sp => sp.GetRequiredService<StorageQueueWorkQueue>());

        services.TryAddSingleton<IReindexRunStore, BlobReindexRunStore>();
        services.TryAddSingleton<IIndexCatalogStore, BlobIndexCatalogStore>();
        services.TryAddSingleton<BlobReindexLease>();
        services.TryAddSingleton<IReindexLock>(sp => sp.GetRequiredService<BlobReindexLease>());
        services.TryAddSingleton<BlobDeletedEventParser>();
        services.TryAddSingleton<BlobDeletedHandler>();
        services.TryAddSingleton<AzureStorageInitializer>();
        return services;
    }

    /// <summary>
    /// Registers the storage options and the blob container source alone, as
    /// <see cref="IDocumentSource"/>: for a host that keeps its state elsewhere (the local host
    /// serving a container keeps manifests, queue and index in its data folder).
    /// </summary>
    public static IServiceCollection AddBlobDocumentSource(this IServiceCollection services)
    {
        services.AddOptions<AzureStorageOptions>().BindConfiguration(AzureStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AzureStorageOptions>, AzureStorageOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureStorageOptions>, AzureStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageClientFactory.CreateBlobServiceClient(sp.GetRequiredService<IOptions<AzureStorageOptions>>().Value));
        services.TryAddSingleton<BlobDocumentSource>();
        services.TryAddSingleton<IDocumentSource>(sp => sp.GetRequiredService<BlobDocumentSource>());
        return services;
    }

    /// <summary>Creates the containers and queues when missing (see <see cref="AzureStorageInitializer"/>); idempotent.</summary>
    public static Task EnsureStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<AzureStorageInitializer>().EnsureStorageAsync(cancellationToken);
}
