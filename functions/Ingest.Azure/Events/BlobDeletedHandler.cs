using Ingest.Pipeline.Sources;
using Ingest.Azure.Sources;
using Ingest.Pipeline.Ingestion;
using Microsoft.Extensions.Logging;

namespace Ingest.Azure.Events;

/// <summary>
/// Handles one message of the blob-events queue. The deleted article is ingested again rather than
/// removed outright: ingestion removes a document whose blob is gone and keeps one whose blob was
/// uploaded again after the delete, so late or repeated events cannot remove a live article.
/// Deleting a sidecar re-ingests its article, forced, because the overrides are not part of the
/// content hash that the manifest compares.
/// </summary>
public sealed partial class BlobDeletedHandler(BlobDeletedEventParser parser, IngestionService ingestion, ILogger<BlobDeletedHandler> logger)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var path = parser.GetDeletedBlobPath(message);
        if (path is null)
        {
            LogIgnored();
            return;
        }

        var article = SourceFileRules.ArticleOf(path);
        if (article is null)
        {
            LogNotArticle(path);
            return;
        }

        var sidecar = !string.Equals(article, path, StringComparison.Ordinal);
        await ingestion.IngestAsync(article, force: sidecar, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a blob event that is not the deletion of a blob in the articles container")]
    private partial void LogIgnored();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored the deletion of {SourcePath}, which is not an article")]
    private partial void LogNotArticle(string sourcePath);
}
