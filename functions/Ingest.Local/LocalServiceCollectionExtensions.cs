using Ingest.Local.Queueing;
using Ingest.Local.Sources;
using Ingest.Local.State;
using Ingest.Pipeline.Queueing;
using Ingest.Pipeline.Reindexing;
using Ingest.Pipeline.Sources;
using Ingest.Pipeline.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ingest.Local;

public static class LocalServiceCollectionExtensions
{
    /// <summary>
    /// Registers the data folder's stores: manifests, quarantine, re-index runs, the index catalog
    /// and the re-index lock. Call it before <c>AddReindexing</c> and <c>AddIndexGenerations</c>,
    /// whose in-memory defaults give way only to what is registered first.
    /// </summary>
    public static IServiceCollection AddLocalState(this IServiceCollection services)
    {
        services.AddOptions<DataFolderOptions>().BindConfiguration(DataFolderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IManifestStore, FileManifestStore>();
        services.TryAddSingleton<IQuarantineStore, FolderQuarantineStore>();
        services.TryAddSingleton<IReindexRunStore, FileReindexRunStore>();
        services.TryAddSingleton<IIndexCatalogStore, FileIndexCatalogStore>();
        services.TryAddSingleton<IReindexLock, FileReindexLock>();
        return services;
    }

    /// <summary>Registers the folder source (without watching it).</summary>
    public static IServiceCollection AddFolderSource(this IServiceCollection services)
    {
        services.AddOptions<FolderSourceOptions>().BindConfiguration(FolderSourceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FolderDocumentSource>();
        services.TryAddSingleton<IDocumentSource>(sp => sp.GetRequiredService<FolderDocumentSource>());
        return services;
    }

    /// <summary>Registers the in-process work queue and its workers.</summary>
    public static IServiceCollection AddLocalWorkQueue(this IServiceCollection services)
    {
        services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ChannelWorkQueue>();
        services.TryAddSingleton<IWorkQueue>(sp => sp.GetRequiredService<ChannelWorkQueue>());
        services.AddHostedService<WorkQueueProcessor>();
        return services;
    }

    /// <summary>Watches the folder source and enqueues its changes.</summary>
    public static IServiceCollection AddFolderWatcher(this IServiceCollection services)
    {
        services.AddHostedService<FolderWatcher>();
        return services;
    }
}
