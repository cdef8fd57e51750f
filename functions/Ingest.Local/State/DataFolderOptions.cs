using System.ComponentModel.DataAnnotations;

namespace Ingest.Local.State;

/// <summary>The local data folder: index generations and their catalog, manifests, quarantine and re-index runs. Bound from <c>Ingest:Data</c>.</summary>
public sealed class DataFolderOptions
{
    public const string SectionName = "Ingest:Data";

    /// <summary>Root of the data folder. Default <c>.ingest-data</c> under the working directory.</summary>
    [Required]
    public string Path { get; set; } = ".ingest-data";

    public string IndexPath => System.IO.Path.Combine(FullPath, "index");
    public string ManifestPath => System.IO.Path.Combine(FullPath, "manifests");
    public string QuarantinePath => System.IO.Path.Combine(FullPath, "quarantine");
    public string ReindexPath => System.IO.Path.Combine(FullPath, "reindex");
    public string ReindexLockPath => System.IO.Path.Combine(FullPath, "reindex.lock");
    public string CatalogPath => System.IO.Path.Combine(FullPath, "index-catalog.json");
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
