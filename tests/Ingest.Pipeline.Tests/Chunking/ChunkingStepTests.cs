using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tests.Support;

namespace Ingest.Pipeline.Tests.Chunking;

public sealed class ChunkingStepTests
{
    private static readonly NormalizedDocument Seed = PipelineFactory.Normalize(Samples.Load(Samples.SeedArticle));
    private static readonly NormalizedDocument English = PipelineFactory.Normalize(Samples.Load("106_ai_productivity_en.txt"));

    [Fact]
    public void Chunk_SeedArticle_KeepsEachSectionApartWithItsHeadingPath()
    {
        var chunks = Chunker.Create().Chunk(Seed, TestContext.Current.CancellationToken);

        ChunkInvariants.AssertHold(Seed, new ChunkingOptions(), chunks);
        Assert.Equal(
            [[], ["“一把手”統籌推進"], ["數字化關乎整體性變革"], ["制度重塑是重中之重"], ["以場景應用求突破"]],
            chunks.Select(c => c.SectionPath).DistinctBy(p => string.Join("/", p)));
        Assert.StartsWith(Seed.DocumentId + "_0000", chunks[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_SeedArticle_EndsEveryChunkAtASentenceEnd()
    {
        var chunks = Chunker.Create().Chunk(Seed, TestContext.Current.CancellationToken);

        Assert.All(chunks, c => Assert.Contains(c.Text.TrimEnd()[^1], "。！？；…”"));
    }

    [Fact]
    public void Chunk_SeedArticle_NeverCutsInsideAGarbledSpan()
    {
        Assert.NotEmpty(Seed.Quality.MojibakeSpans);

        var chunks = Chunker.Create(maxChars: 60, overlapSentences: 1, maxOverlapChars: 30, minChars: 10).Chunk(Seed, TestContext.Current.CancellationToken);

        var cuts = chunks.SelectMany(c => new[] { c.Start, c.ContentStart, c.End });
        Assert.DoesNotContain(cuts, cut => Seed.Quality.MojibakeSpans.Any(s => s.Start < cut && cut < s.End && Seed.Text[cut - 1] != '\n'));
    }

    [Fact]
    public void Chunk_SeedArticle_LeavesBylineAndTrailerOut()
    {
        var chunks = Chunker.Create().Chunk(Seed, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(chunks, c => c.Text.Contains("責任編輯", StringComparison.Ordinal) || c.Text.StartsWith("珞佳", StringComparison.Ordinal));
    }

    [Fact]
    public void Chunk_SeedArticle_RepeatsTheLastSentenceOfThePreviousChunk()
    {
        var chunks = Chunker.Create().Chunk(Seed, TestContext.Current.CancellationToken);

        var overlapped = chunks.Where(c => c.OverlapLength > 0).ToList();
        Assert.NotEmpty(overlapped);
        Assert.All(overlapped, c =>
        {
            var previous = chunks[c.Ordinal - 1];
            Assert.EndsWith(c.Text[..c.OverlapLength], previous.Text, StringComparison.Ordinal);
            Assert.Contains(c.Text[c.OverlapLength - 1], "。！？；…”");
        });
    }

    [Fact]
    public void Chunk_EnglishSample_EndsChunksAtSentenceEndsNotAbbreviations()
    {
        var chunks = Chunker.Create().Chunk(English, TestContext.Current.CancellationToken);

        ChunkInvariants.AssertHold(English, new ChunkingOptions(), chunks);
        Assert.All(chunks, c => Assert.Contains(c.Text.TrimEnd().TrimEnd('"')[^1], ".!?"));
        Assert.Equal(["", "From pilots to the factory floor", "Shanghai's services sector follows", "Rules and risks"],
            chunks.Select(c => string.Join("/", c.SectionPath)).Distinct());
    }

    [Fact]
    public void Chunk_SmallRemainder_JoinsOrBalancesWithThePreviousChunk()
    {
        // Greedy packing would leave the 20-character last sentence alone.
        var article = Article([[[Sentence(120, '甲'), Sentence(120, '乙'), Sentence(120, '丙'), Sentence(120, '丁'), Sentence(20, '戊')]]]);

        var chunks = Chunker.Create(maxChars: 250, overlapSentences: 0, maxOverlapChars: 0, minChars: 80).Chunk(article.Document, TestContext.Current.CancellationToken);

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.True(c.CharCount >= 80, $"Chunk {c.Ordinal} has {c.CharCount} characters."));
    }

    [Fact]
    public void Chunk_TwoPlansOfEqualSize_CutsAtTheParagraphEnd()
    {
        var paragraph = new[] { Sentence(49, '甲'), Sentence(49, '乙'), Sentence(49, '丙') };
        var article = Article([[paragraph, paragraph, paragraph]]);

        var chunks = Chunker.Create(maxChars: 400, overlapSentences: 0, maxOverlapChars: 0, minChars: 0).Chunk(article.Document, TestContext.Current.CancellationToken);

        Assert.Equal(2, chunks.Count);
        Assert.Equal('\n', article.Document.Text[chunks[0].End]);
    }

    [Fact]
    public void Chunk_ShortSections_NeverShareAChunk()
    {
        var article = Article([[[Sentence(10, '甲')]], [[Sentence(10, '乙')]]]);

        var chunks = Chunker.Create().Chunk(article.Document, TestContext.Current.CancellationToken);

        Assert.Equal(2, chunks.Count);
        Assert.NotEqual(chunks[0].SectionPath, chunks[1].SectionPath);
    }

    [Fact]
    public void Chunk_WrappedLines_AreNotTreatedAsParagraphEnds()
    {
        // Hard-wrapped wire copy: the cut belongs after "rose.", not at a line end inside a sentence.
        var article = Article([[
            ["Argentina's chief debt negotiator said he was "], ["confident of a prompt accord with the banks. "], ["Rates rose."],
            ["Officials said the talks would resume "], ["next week in New York with the creditors."],
        ]]);

        var chunks = Chunker.Create(maxChars: 150, overlapSentences: 0, maxOverlapChars: 0, minChars: 0).Chunk(article.Document, TestContext.Current.CancellationToken);

        Assert.All(chunks, c => Assert.Contains(c.Text.TrimEnd()[^1], ".!?"));
    }

    [Fact]
    public void Chunk_TokenBudget_KeepsEveryChunkWithinItAndCountsExactly()
    {
        var options = new ChunkingOptions { MaxChars = 2000, MaxOverlapChars = 150, Tokenizer = ChunkTokenizer.O200kBase, MaxTokens = 96 };
        var tokenizer = TokenizerCache.Get(ChunkTokenizer.O200kBase)!;

        var chunks = Chunker.Create(options).Chunk(Seed, TestContext.Current.CancellationToken);

        ChunkInvariants.AssertHold(Seed, options, chunks);
        Assert.All(chunks, c => Assert.Equal(tokenizer.CountTokens(c.Text), c.TokenCount));
        Assert.All(chunks, c => Assert.InRange(c.TokenCount!.Value, 1, 96));
    }

    [Fact]
    public void Chunk_TokenizerWithoutTokenBudget_CountsTokensOfTheSameChunks()
    {
        var counted = Chunker.Create(new ChunkingOptions { Tokenizer = ChunkTokenizer.Cl100kBase }).Chunk(Seed, TestContext.Current.CancellationToken);
        var plain = Chunker.Create().Chunk(Seed, TestContext.Current.CancellationToken);

        Assert.Equal(plain.Select(c => (c.Start, c.End)), counted.Select(c => (c.Start, c.End)));
        Assert.All(plain, c => Assert.Null(c.TokenCount));
        Assert.All(counted, c => Assert.True(c.TokenCount > 0));
    }

    [Fact]
    public void Chunk_CancelledToken_Throws() =>
        Assert.Throws<OperationCanceledException>(() => Chunker.Create().Chunk(Seed, new CancellationToken(canceled: true)));

    private static string Sentence(int length, char filler) => new string(filler, length - 1) + "。";

    private static GeneratedArticle Article(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> sections) => new(sections);
}
