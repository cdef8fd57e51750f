using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Tests.Support;
using Ingest.Pipeline.Tests.Text;

namespace Ingest.Pipeline.Tests.Chunking;

/// <summary>Every article of the shared corpus, chunked with the defaults and with a small budget.</summary>
public sealed class CorpusChunkingTests
{
    public static TheoryData<int, int, int, int> Budgets => new()
    {
        { 500, 1, 150, 80 },
        { 120, 2, 60, 30 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Chunk_CorpusArticles_KeepEveryInvariantAndCutOnlyOverBudgetSentences(int maxChars, int overlapSentences, int maxOverlapChars, int minChars)
    {
        var corpus = Path.Combine(SharedFolder.Locate(), "corpus");
        if (!Directory.Exists(corpus))
        {
            Assert.Skip($"The shared corpus is not at {corpus}.");
        }

        var options = new ChunkingOptions { MaxChars = maxChars, OverlapSentences = overlapSentences, MaxOverlapChars = maxOverlapChars, MinChars = minChars };
        var step = Chunker.Create(options);
        var cancellationToken = TestContext.Current.CancellationToken;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = PipelineFactory.Normalize(new Documents.SourceDocument { Path = Path.GetFileName(file), Content = File.ReadAllBytes(file) });
            var chunks = step.Chunk(document, cancellationToken);
            ChunkInvariants.AssertHold(document, options, chunks);
            var sentences = CorpusSentences.Of(document);
            foreach (var chunk in chunks)
            {
                var containing = sentences.First(s => s.Start < chunk.End && chunk.End <= s.End);
                Assert.True(chunk.End == containing.End || containing.End - containing.Start > maxChars,
                    $"{file}: chunk {chunk.Ordinal} ends inside a sentence that fits the budget.");
            }
        }
    }
}
