using System.Text.Json.Serialization;

namespace Ingest.Pipeline.Queueing;

[JsonConverter(typeof(JsonStringEnumConverter<WorkKind>))]
public enum WorkKind
{
    Ingest,
    Remove,
}
