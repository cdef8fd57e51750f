using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Failures;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.State;

namespace Ingest.Cli.Inspection;

/// <summary>Runs the pipeline on one file and reports everything it made of it.</summary>
public sealed class InspectReportBuilder(DocumentProcessor processor, PipelineVersion pipelineVersion)
{
    public InspectReport Build(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ProcessedDocument processed;
        try
        {
            processed = processor.Process(document, cancellationToken);
        }
        catch (DocumentRejectedException rejected)
        {
            return new InspectReport
            {
                File = document.Path,
                DocumentId = document.DocumentId,
                Status = "rejected",
                FailureReason = rejected.Reason.ToString(),
                FailureMessage = rejected.Message,
                PipelineVersion = pipelineVersion.Value,
            };
        }

        var normalized = processed.Normalized;
        var summary = IndexedChunkMapper.ToSummary(processed);
        return new InspectReport
        {
            File = document.Path,
            DocumentId = document.DocumentId,
            Status = "ok",
            Format = normalized.Format.ToString(),
            Encoding = normalized.Encoding is { } e ? new InspectEncoding(e.Name, e.Confidence, e.Method) : null,
            Script = normalized.Script.ToTag(),
            Metadata = new InspectMetadata(normalized.Title, normalized.TitleIsDerived, normalized.Author, normalized.Editor, normalized.Contributor, normalized.Source, normalized.PublishedAt),
            Outline = normalized.Blocks.Select(b => new InspectBlock(b.Kind.ToString().ToLowerInvariant(), b.SectionIndex, b.Start, b.End, normalized.Text.Substring(b.Start, b.Length))).ToList(),
            Quality = normalized.Quality,
            Chunks = processed.Chunks.Select(c => new InspectChunk(c.Id, c.Ordinal, string.Join(" / ", c.SectionPath), c.Start, c.End, c.OverlapLength, c.CharCount, c.TokenCount, c.Text)).ToList(),
            Entities = summary.Entities,
            Themes = summary.Themes,
            KeyPhrases = summary.KeyPhrases,
            PipelineVersion = pipelineVersion.Value,
        };
    }
}
