using System.ComponentModel.DataAnnotations;

namespace Ingest.Local.State;

/// <summary>The local data folder: index, manifests and quarantine. Bound from <c>Ingest:Data</c>.</summary>
public sealed class DataFolderOptions
{
    public const string SectionName = "Ingest:Data";

    /// <summary>Root of the data folder. Default <c>.ingest-data</c> under the working directory.</summary>
    [Required]
    public string Path { get; set; } = ".ingest-data";

    public string IndexPath => System.IO.Path.Combine(FullPath, "index");
    public string ManifestPath => System.IO.Path.Combine(FullPath, "manifests");
    public string QuarantinePath => System.IO.Path.Combine(FullPath, "quarantine");
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
