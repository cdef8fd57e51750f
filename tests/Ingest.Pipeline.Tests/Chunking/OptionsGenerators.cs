using FsCheck;
using FsCheck.Fluent;
using Ingest.Pipeline.Chunking;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>Valid chunking options, for properties over real articles.</summary>
public static class OptionsGenerators
{
    public static Arbitrary<ChunkingOptions> Options() => Arb.From(ArticleGenerators.Options());
}
