using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging;

namespace Ingest.Pipeline.Ingestion;

/// <summary>Runs the pure stages in order: extract, normalize, chunk, tag. No I/O.</summary>
public sealed class DocumentProcessor(ExtractionStep extraction, NormalizationStep normalization, ChunkingStep chunking, TaggingStep tagging)
{
    public ProcessedDocument Process(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var extracted = extraction.Extract(document, cancellationToken);
        var normalized = normalization.Normalize(document, extracted, cancellationToken);
        var chunks = chunking.Chunk(normalized, cancellationToken);
        if (chunks.Count == 0)
        {
            throw new Failures.DocumentRejectedException(Failures.FailureReason.NoText,
                "The file has a title or headings but no body paragraphs to index.");
        }

        var tags = tagging.Tag(normalized, chunks, cancellationToken);
        return new ProcessedDocument(extracted, normalized, chunks, tags);
    }
}
