using Ingest.Pipeline.Chunking;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>Builds the system under test with given options.</summary>
internal static class Chunker
{
    public static ChunkingStep Create(ChunkingOptions options) => new(Options.Create(options));

    public static ChunkingStep Create(int maxChars = 500, int overlapSentences = 1, int maxOverlapChars = 150, int minChars = 80) =>
        Create(new ChunkingOptions { MaxChars = maxChars, OverlapSentences = overlapSentences, MaxOverlapChars = maxOverlapChars, MinChars = minChars });
}
