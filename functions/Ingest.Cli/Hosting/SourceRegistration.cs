using Ingest.Azure;
using Ingest.Azure.Storage;
using Ingest.Local;
using Ingest.Local.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Registers the article source that <see cref="LocalHostOptions.Source"/> names and the way the host
/// follows its changes: a folder with its watcher (file events), or a blob container, read through
/// the Blob API, with a poller (the local host has no Event Grid to push blob events). Either way
/// manifests, quarantine, queue and index stay in the local data folder.
/// </summary>
internal static class SourceRegistration
{
    /// <param name="services">The host's services.</param>
    /// <param name="options">The source to register.</param>
    /// <param name="configuration">Where the source's settings go.</param>
    /// <param name="followChanges">False for a one-off run (<c>ingest reindex</c>): no watcher, no poller.</param>
    public static IServiceCollection AddArticleSource(this IServiceCollection services, LocalHostOptions options, IConfigurationBuilder configuration, bool followChanges = true)
    {
        var source = options.Source;
        if (source.Kind == SourceKind.Folder)
        {
            // Added after the environment variables: --source (which always has a value) wins.
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{FolderSourceOptions.SectionName}:{nameof(FolderSourceOptions.Path)}"] = source.FolderPath,
            });
            services.AddFolderSource();
            return followChanges ? services.AddFolderWatcher() : services;
        }

        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{AzureStorageOptions.SectionName}:{nameof(AzureStorageOptions.ConnectionString)}"] = source.ConnectionString,
            [$"{AzureStorageOptions.SectionName}:{nameof(AzureStorageOptions.ArticlesContainer)}"] = source.ContainerName,
        });

        // Only the blob source of Ingest.Azure's adapters: its queue, manifest and quarantine adapters
        // would move the local host's state into the storage account.
        services.AddBlobDocumentSource();
        services.AddHostedService<ArticleContainerSetup>();

        if (!followChanges)
        {
            return services;
        }

        services.AddOptions<ContainerPollOptions>().Configure(o => o.Interval = options.PollInterval).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<ContainerPoller>();
        return services;
    }
}
