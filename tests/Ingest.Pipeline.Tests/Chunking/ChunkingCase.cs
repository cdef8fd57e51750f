using Ingest.Pipeline.Chunking;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>A generated article and the options to chunk it with.</summary>
public sealed record ChunkingCase(GeneratedArticle Article, ChunkingOptions Options)
{
    public override string ToString() =>
        $"MaxChars={Options.MaxChars} OverlapSentences={Options.OverlapSentences} MaxOverlapChars={Options.MaxOverlapChars} MinChars={Options.MinChars}\n{Article}";
}
