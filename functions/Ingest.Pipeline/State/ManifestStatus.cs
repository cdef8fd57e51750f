using System.Text.Json.Serialization;

namespace Ingest.Pipeline.State;

[JsonConverter(typeof(JsonStringEnumConverter<ManifestStatus>))]
public enum ManifestStatus
{
    /// <summary>The document's current content is in the index.</summary>
    Indexed,
    /// <summary>The file failed permanently and was set aside with a reason.</summary>
    Quarantined,
    /// <summary>The source file was deleted and its chunks removed.</summary>
    Removed,
}
