using Ingest.Pipeline.Indexing;

namespace Ingest.Pipeline.Tests.Indexing;

/// <summary>Small chunks for the generation tests: only the identity and the content hash matter there.</summary>
internal static class Chunks
{
    public static IReadOnlyList<IndexedChunk> Of(string documentId, string contentHash = "h1", int count = 1, string pipelineVersion = "v1") =>
        [.. Enumerable.Range(0, count).Select(ordinal => new IndexedChunk
        {
            ChunkId = $"{documentId}_{ordinal}",
            DocumentId = documentId,
            Ordinal = ordinal,
            Path = documentId + ".txt",
            Title = documentId,
            Text = "正文",
            Language = "zh-Hans",
            ContentHash = contentHash,
            PipelineVersion = pipelineVersion,
        })];
}
