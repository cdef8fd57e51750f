using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging;

namespace Ingest.Pipeline.Ingestion;

/// <summary>Everything the pipeline made of one file: the input of indexing and of <c>ingest inspect</c>.</summary>
public sealed record ProcessedDocument(
    ExtractedDocument Extracted,
    NormalizedDocument Normalized,
    IReadOnlyList<Chunk> Chunks,
    DocumentTags Tags);
