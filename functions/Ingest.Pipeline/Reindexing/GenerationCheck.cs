using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.State;

namespace Ingest.Pipeline.Reindexing;

/// <summary>
/// What a full re-index checks before it switches: that its new generation holds exactly what the
/// manifests record, document by document: the chunk ids, the content hash and the pipeline
/// version of every indexed document, and nothing of a document that is removed or quarantined.
/// </summary>
internal static class GenerationCheck
{
    /// <returns>The source paths of the documents that differ, to be ingested into the generation again.</returns>
    public static async Task<List<string>> FindDifferencesAsync(ISearchIndex generation, IManifestStore manifests, CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, Held>(StringComparer.Ordinal);
        await foreach (var entry in generation.ListEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!held.TryGetValue(entry.DocumentId, out var document))
            {
                held[entry.DocumentId] = document = new Held();
            }

            document.ChunkIds.Add(entry.ChunkId);
            document.Stamps.Add((entry.ContentHash, entry.PipelineVersion));
        }

        var differ = new List<string>();
        await foreach (var manifest in manifests.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            held.TryGetValue(manifest.DocumentId, out var document);
            var expected = manifest.Status == ManifestStatus.Indexed && manifest.ChunkIds.Count > 0;
            var matches = expected
                ? document is not null && document.ChunkIds.SetEquals(manifest.ChunkIds)
                  && document.Stamps.Count == 1 && document.Stamps.Contains((manifest.ContentHash, manifest.PipelineVersion))
                : document is null;
            if (!matches)
            {
                differ.Add(manifest.SourcePath);
            }
        }

        return differ;
    }

    private sealed class Held
    {
        public HashSet<string> ChunkIds { get; } = new(StringComparer.Ordinal);
        public HashSet<(string ContentHash, string PipelineVersion)> Stamps { get; } = [];
    }
}
