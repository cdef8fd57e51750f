using System.ComponentModel.DataAnnotations;

namespace Ingest.Local.Sources;

/// <summary>The folder that <c>ingest serve</c> ingests and watches. Bound from <c>Ingest:Folder</c>.</summary>
public sealed class FolderSourceOptions
{
    public const string SectionName = "Ingest:Folder";

    /// <summary>Folder of article files. Default <c>samples/articles</c> (relative to the working directory).</summary>
    [Required]
    public string Path { get; set; } = "samples/articles";
}
