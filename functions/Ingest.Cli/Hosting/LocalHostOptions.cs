namespace Ingest.Cli.Hosting;

/// <summary>What <c>ingest serve</c> was asked to run.</summary>
/// <param name="Source">Where the articles are: a folder (watched) or a blob container (polled).</param>
/// <param name="DataPath">Data folder: index, manifests, quarantine.</param>
/// <param name="Port">Loopback port of the HTTP API.</param>
public sealed record LocalHostOptions(SourceLocation Source, string DataPath, int Port)
{
    /// <summary>A folder source: the articles in <paramref name="sourceFolder"/>, watched for changes.</summary>
    public LocalHostOptions(string sourceFolder, string dataPath, int port)
        : this(SourceLocation.Folder(sourceFolder), dataPath, port)
    {
    }

    /// <summary>How often a container source is checked for changes. Default 5 seconds; a folder is watched instead.</summary>
    public TimeSpan PollInterval { get; init; } = ContainerPollOptions.DefaultInterval;
}
