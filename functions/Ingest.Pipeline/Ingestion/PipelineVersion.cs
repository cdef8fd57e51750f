using System.Security.Cryptography;
using System.Text;
using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Ingestion;

/// <summary>
/// The version of everything that shapes what is indexed: each stage's code version, the chunking
/// budget and the taxonomy's content. A document indexed under another version is stale.
/// </summary>
public sealed class PipelineVersion(TaggingStep tagging, IOptions<ChunkingOptions> chunking)
{
    private readonly Lazy<string> _value = new(() =>
    {
        var c = chunking.Value;
        var shape = $"e{ExtractionStep.Version}.n{NormalizationStep.Version}.c{ChunkingStep.Version}.t{TaggingStep.Version}";
        var settings = $"{c.MaxChars}/{c.OverlapSentences}/{c.MaxOverlapChars}/{c.MinChars}/{c.Tokenizer}/{c.MaxTokens}|{tagging.TaxonomyVersion}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings)))[..8];
        return $"{shape}-{hash}";
    });

    public string Value => _value.Value;

    public override string ToString() => Value;
}
