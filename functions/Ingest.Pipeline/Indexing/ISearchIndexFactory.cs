namespace Ingest.Pipeline.Indexing;

/// <summary>
/// Opens the generations of the search index, side by side: a full re-index fills a new
/// generation while queries go on reading the active one. Adapters map a generation number to
/// their own storage (a folder, an index name).
/// </summary>
public interface ISearchIndexFactory
{
    /// <summary>The index of <paramref name="generation"/> (1 and up), created empty on first write when missing. Cheap to call repeatedly.</summary>
    ISearchIndex Open(int generation);

    /// <summary>Deletes a generation and everything in it; deleting one that does not exist is not an error.</summary>
    Task DropAsync(int generation, CancellationToken cancellationToken = default);
}
