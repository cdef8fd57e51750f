using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;

namespace Ingest.Benchmarks.Chunking;

/// <summary>A corpus article at each stage the chunking benchmark needs, with its language folder.</summary>
internal sealed record CorpusArticle(string Language, SourceDocument Source, ExtractedDocument Extracted, NormalizedDocument Normalized)
{
    public int Bytes => Source.Content.Length;
}
