namespace Ingest.Pipeline.Documents;

/// <summary>One entry of a source listing: enough to decide whether the file needs ingesting.</summary>
/// <param name="Path">Path relative to the source, '/' separated.</param>
/// <param name="ETag">Version tag of the object.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="LastModified">Last modification time.</param>
public sealed record SourceItem(string Path, string ETag, long Size, DateTimeOffset LastModified);
