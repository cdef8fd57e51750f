using Ingest.Pipeline.State;

namespace Ingest.Azure.Tests.State;

internal static class Manifests
{
    public static DocumentManifest Create(string documentId, ManifestStatus status = ManifestStatus.Indexed, string hash = "abc") => new()
    {
        DocumentId = documentId,
        SourcePath = documentId.Replace('-', '.'),
        ETag = "\"0x1\"",
        Size = 42,
        ContentHash = hash,
        PipelineVersion = "p1",
        Status = status,
        ChunkIds = [$"{documentId}_0", $"{documentId}_1"],
        FirstSeenAt = new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2024, 5, 2, 8, 0, 0, TimeSpan.Zero),
    };
}
