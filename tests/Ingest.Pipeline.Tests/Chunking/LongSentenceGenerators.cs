using FsCheck;
using FsCheck.Fluent;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>Cases whose sentences may be many times the budget, so that clause and hard cuts happen.</summary>
public static class LongSentenceGenerators
{
    public static Arbitrary<ChunkingCase> Cases() => Arb.From(
        from article in ArticleGenerators.LongSentenceArticles()
        from options in ArticleGenerators.Options()
        select new ChunkingCase(article, options));
}
