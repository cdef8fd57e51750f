namespace Ingest.Pipeline.Documents;

/// <summary>A file as read from a document source: its path, its bytes and what the source knows of it.</summary>
public sealed record SourceDocument
{
    /// <summary>Path of the file relative to its source (a blob name or a relative file path), with '/' separators.</summary>
    public required string Path { get; init; }

    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Content type declared by the source, if any; format detection trusts bytes first.</summary>
    public string? ContentType { get; init; }

    /// <summary>Version tag of the source object (blob ETag, or file length and time stamp).</summary>
    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Metadata supplied beside the file (blob metadata or sidecar file) that overrides inference.</summary>
    public DocumentMetadata? Overrides { get; init; }

    public string DocumentId => Documents.DocumentId.FromPath(Path);
}
