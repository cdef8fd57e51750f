using FsCheck.Xunit;
using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>Properties of chunking over the real sample articles, under any valid options.</summary>
public sealed class SampleArticlePropertyTests
{
    private static readonly Lazy<List<NormalizedDocument>> Articles = new(() =>
        Directory.EnumerateFiles(Samples.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(name => PipelineFactory.Normalize(Samples.Load(name!))).ToList());

    [Property(Arbitrary = [typeof(OptionsGenerators)], MaxTest = 60)]
    public void Chunk_SampleArticles_CoverTheBodyInOrderWithinBudget(ChunkingOptions options)
    {
        var step = Chunker.Create(options);
        foreach (var article in Articles.Value)
        {
            ChunkInvariants.AssertHold(article, options, step.Chunk(article));
        }
    }

    [Property(Arbitrary = [typeof(OptionsGenerators)], MaxTest = 60)]
    public void Chunk_SampleArticles_CutInsideOnlySentencesOverBudget(ChunkingOptions options)
    {
        var step = Chunker.Create(options);
        foreach (var article in Articles.Value)
        {
            var sentences = CorpusSentences.Of(article);
            foreach (var chunk in step.Chunk(article))
            {
                var containing = sentences.First(s => s.Start < chunk.End && chunk.End <= s.End);
                Assert.True(chunk.End == containing.End || containing.End - containing.Start > options.MaxChars,
                    $"{article.Path}: chunk {chunk.Ordinal} ends inside a sentence that fits.");
            }
        }
    }
}
