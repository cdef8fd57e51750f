using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Extraction;

/// <summary>Reads one file format. Throws <see cref="Failures.DocumentRejectedException"/> for bad input.</summary>
public interface IFormatExtractor
{
    DocumentFormat Format { get; }

    ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken);
}
