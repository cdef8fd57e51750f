namespace Ingest.Cli.Hosting;

/// <summary>What kind of place <c>ingest serve</c> reads articles from.</summary>
public enum SourceKind
{
    /// <summary>A folder on disk, watched for changes.</summary>
    Folder,

    /// <summary>A blob container reached through a storage connection string, polled for changes.</summary>
    Container,
}
