using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Azure.Storage;

/// <summary>
/// JSON settings of what the adapters store: camelCase web defaults and enums as names, the same as the
/// local file stores, so a manifest or reason file reads the same wherever it was written.
/// </summary>
internal static class StorageJson
{
    /// <summary>Manifests and reason files: indented for people who open them.</summary>
    public static JsonSerializerOptions Documents { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Queue messages: compact, because a message holds at most 64 KiB.</summary>
    public static JsonSerializerOptions Messages { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
