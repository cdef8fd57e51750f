using Ingest.Api.Problems;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.State;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Documents;

/// <summary><c>GET /api/documents/{documentId}</c>: metadata, status, quality report, tags and passages.</summary>
public sealed class DocumentEndpoint(IManifestStore manifests, ISearchIndex index)
{
    public async Task<IResult> HandleAsync(string documentId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(documentId) || documentId.Length > 200 || documentId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '=')))
        {
            return ApiProblems.BadRequest(new Dictionary<string, string[]> { ["documentId"] = ["A document id has letters, digits, '_', '-' and '=' only, as returned by /api/search."] });
        }

        var entry = await manifests.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return ApiProblems.NotFound($"No document has the id '{documentId}'.");
        }

        IReadOnlyList<IndexedChunk> chunks;
        try
        {
            chunks = await index.GetDocumentChunksAsync(documentId, cancellationToken).ConfigureAwait(false);
        }
        catch (SearchUnavailableException ex)
        {
            return ApiProblems.Unavailable(ex.RetryAfter);
        }

        var manifest = entry.Manifest;
        return Results.Json(new DocumentResponse
        {
            DocumentId = manifest.DocumentId,
            Path = manifest.SourcePath,
            Status = manifest.Status.ToString().ToLowerInvariant(),
            FailureReason = manifest.FailureReason?.ToString(),
            FailureMessage = manifest.FailureMessage,
            ContentHash = manifest.ContentHash,
            PipelineVersion = manifest.PipelineVersion,
            FirstSeenAt = manifest.FirstSeenAt,
            UpdatedAt = manifest.UpdatedAt,
            Document = manifest.Summary,
            Chunks = chunks.Select(c => new DocumentChunk(c.ChunkId, c.Ordinal, c.Section, c.Start, c.End, c.Text, c.Entities, c.ChunkThemes)).ToList(),
        }, ApiJson.Options);
    }
}
