using System.Text.Json.Serialization;
using Ingest.Pipeline.Indexing;

namespace Ingest.AzureSearch.Internals;

/// <summary>Compact JSON of the per-passage entities and themes, which are stored for display only.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<ChunkEntity>))]
[JsonSerializable(typeof(IReadOnlyList<ChunkTheme>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
