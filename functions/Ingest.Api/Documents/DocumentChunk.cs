using Ingest.Pipeline.Indexing;

namespace Ingest.Api.Documents;

/// <summary>A passage in the document view.</summary>
public sealed record DocumentChunk(string ChunkId, int Ordinal, string Section, int Start, int End, string Text, IReadOnlyList<ChunkEntity> Entities, IReadOnlyList<ChunkTheme> Themes);
