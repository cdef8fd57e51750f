using FsCheck.Xunit;
using Ingest.Pipeline.Chunking;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>Properties of chunking over generated articles of Chinese, English and mixed sentences.</summary>
public sealed class ChunkingPropertyTests
{
    [Property(Arbitrary = [typeof(ArticleGenerators)], MaxTest = 300)]
    public void Chunk_GeneratedArticle_CoversTheBodyInOrderWithinBudget(ChunkingCase @case)
    {
        var chunks = Chunker.Create(@case.Options).Chunk(@case.Article.Document);

        ChunkInvariants.AssertHold(@case.Article.Document, @case.Options, chunks);
    }

    [Property(Arbitrary = [typeof(ArticleGenerators)], MaxTest = 300)]
    public void Chunk_SentencesWithinBudget_CutsOnlyBetweenSentencesWithTheConfiguredOverlap(ChunkingCase @case)
    {
        var chunks = Chunker.Create(@case.Options).Chunk(@case.Article.Document);

        ChunkInvariants.AssertSentenceRules(@case.Article.Document.Text, @case.Options, chunks, @case.Article.Sentences);
    }

    [Property(Arbitrary = [typeof(LongSentenceGenerators)], MaxTest = 200)]
    public void Chunk_SentencesOverBudget_CutsInsideOnlySentencesOverBudget(ChunkingCase @case)
    {
        var chunks = Chunker.Create(@case.Options).Chunk(@case.Article.Document);

        ChunkInvariants.AssertHold(@case.Article.Document, @case.Options, chunks);
        var sentences = @case.Article.Sentences;
        foreach (var chunk in chunks)
        {
            var containing = sentences.First(s => s.Start < chunk.End && chunk.End <= s.End);
            Assert.True(chunk.End == containing.End || containing.End - containing.Start > @case.Options.MaxChars,
                $"Chunk {chunk.Ordinal} ends at {chunk.End}, inside a sentence of {containing.End - containing.Start} characters that fits the budget of {@case.Options.MaxChars}.");
        }
    }

    [Property(Arbitrary = [typeof(LongSentenceGenerators)], MaxTest = 100)]
    public void Chunk_SameArticleAndOptions_GivesTheSameChunksAndIds(ChunkingCase @case)
    {
        var first = Chunker.Create(@case.Options).Chunk(@case.Article.Document);
        var second = Chunker.Create(@case.Options).Chunk(@case.Article.Document);

        Assert.Equal(first.Select(Shape), second.Select(Shape));
    }

    private static string Shape(Chunk chunk) =>
        $"{chunk.Id}|{string.Join("/", chunk.SectionPath)}|{chunk.Start}|{chunk.End}|{chunk.OverlapLength}|{chunk.TokenCount}|{chunk.Text}";
}
