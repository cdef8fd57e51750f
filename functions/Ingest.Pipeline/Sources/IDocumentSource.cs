using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Sources;

/// <summary>The document source port: a blob container or a folder.</summary>
public interface IDocumentSource
{
    /// <summary>A description for logs and the health endpoint, without secrets.</summary>
    string Description { get; }

    /// <summary>Every article file, in a stable order.</summary>
    IAsyncEnumerable<SourceItem> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the listing, in the same stable order: at most <paramref name="pageSize"/> entries
    /// after <paramref name="continuationToken"/> (null: from the start). A re-index saves the token
    /// after each page, so a run that stops half-way resumes where it was.
    /// </summary>
    Task<SourcePage> ListPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Reads a file with its metadata overrides, or null when it no longer exists.</summary>
    Task<SourceDocument?> OpenAsync(string path, CancellationToken cancellationToken = default);
}
