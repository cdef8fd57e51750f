using Ingest.Pipeline;
using Ingest.Pipeline.Chunking;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Extraction;
using Ingest.Pipeline.Normalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Benchmarks.Chunking;

/// <summary>
/// Chunk quality and speed on the corpus: the share of chunks that end at a sentence end, against
/// a fixed-size split and LangChain-style recursive splitters of the same budget; chunking
/// throughput as a ratio to normalization measured in the same run; and the corpus figures behind
/// the default budget (sentence lengths, characters per token).
/// </summary>
internal sealed class ChunkingBenchmark : IBenchmark
{
    public string Name => "chunking";

    public string Description => "sentence-end share vs fixed-size and recursive splitters; MB/s vs normalization";

    public Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        using var services = Services();
        var options = services.GetRequiredService<IOptions<ChunkingOptions>>().Value;
        var chunking = services.GetRequiredService<ChunkingStep>();
        var articles = Load(context, services, cancellationToken);
        context.Line($"{articles.Count:N0} articles, {articles.Sum(a => a.Bytes) / 1e6:F2} MB; budget {options.MaxChars} characters, "
            + $"overlap {options.OverlapSentences} sentence(s) up to {options.MaxOverlapChars}, MinChars {options.MinChars}.");
        context.Line();
        ReportQuality(context, articles, chunking, options);
        ReportThroughput(context, articles, services, cancellationToken);
        ReportCorpus(context, articles, chunking);
        return Task.CompletedTask;
    }

    private static ServiceProvider Services(IDictionary<string, string?>? settings = null) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .AddLogging()
            .AddIngestPipeline()
            .BuildServiceProvider();

    private static List<CorpusArticle> Load(BenchmarkContext context, ServiceProvider services, CancellationToken cancellationToken)
    {
        var extraction = services.GetRequiredService<ExtractionStep>();
        var normalization = services.GetRequiredService<NormalizationStep>();
        var articles = new List<CorpusArticle>();
        foreach (var file in context.CorpusFiles())
        {
            var relative = Path.GetRelativePath(context.CorpusPath, file).Replace('\\', '/');
            var source = new SourceDocument { Path = relative, Content = File.ReadAllBytes(file) };
            var extracted = extraction.Extract(source, cancellationToken);
            articles.Add(new CorpusArticle(relative.Split('/')[0], source, extracted, normalization.Normalize(source, extracted, cancellationToken)));
        }

        return articles;
    }

    private static void ReportQuality(BenchmarkContext context, List<CorpusArticle> articles, ChunkingStep chunking, ChunkingOptions options)
    {
        var budget = options.MaxChars;
        var ours = new SplitTally("this chunker");
        var fixedSize = new SplitTally($"fixed {budget}-character windows");
        var documented = new SplitTally("recursive, LangChain's documented CJK separators");
        var sentenceFirst = new SplitTally("recursive, sentence ends first");
        var documentedSplitter = new RecursiveCharacterSplitter(RecursiveCharacterSplitter.DocumentedCjkSeparators, budget, 0);
        var sentenceFirstSplitter = new RecursiveCharacterSplitter(RecursiveCharacterSplitter.SentenceFirstSeparators, budget, 0);
        int articlesWithLongSentence = 0, overlapped = 0, continued = 0;
        long overlapChars = 0;
        foreach (var article in articles)
        {
            var document = article.Normalized;
            var text = document.Text;
            var runs = BodyRun.Of(document);
            var fits = LongestSentence(document) <= budget;
            articlesWithLongSentence += fits ? 0 : 1;
            var chunks = chunking.Chunk(document);
            for (var i = 0; i < chunks.Count; i++)
            {
                var chunk = chunks[i];
                ours.Add(text, runs.First(r => r.Start <= chunk.Start && chunk.End <= r.End), (chunk.Start, chunk.End), fits, budget, options.MinChars);
                if (i > 0 && chunks[i - 1].End > chunk.Start)
                {
                    continued++;
                    overlapped += chunk.OverlapLength > 0 ? 1 : 0;
                    overlapChars += chunk.OverlapLength;
                }
            }

            foreach (var run in runs)
            {
                foreach (var span in FixedSizeSplitter.Split(run.Start, run.End, budget)) fixedSize.Add(text, run, span, fits, budget, options.MinChars);
                foreach (var span in documentedSplitter.Split(text, run.Start, run.End)) documented.Add(text, run, span, fits, budget, options.MinChars);
                foreach (var span in sentenceFirstSplitter.Split(text, run.Start, run.End)) sentenceFirst.Add(text, run, span, fits, budget, options.MinChars);
            }
        }

        context.Line("### Where chunks end");
        context.Line();
        context.Line($"Sentence ends judged from the text (SentenceEndJudge). {articlesWithLongSentence} of {articles.Count} articles have a sentence longer than the budget.");
        context.Line();
        context.Line("| splitter | chunks | end at a sentence end | same, articles whose sentences all fit | mean chars | median chars | under MinChars | over budget |");
        context.Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var tally in new[] { ours, fixedSize, documented, sentenceFirst })
        {
            context.Line(tally.Row());
        }

        context.Line();
        context.Line($"Overlap: {overlapped:N0} of {continued:N0} chunks that continue a section repeat the previous chunk's last sentence(s), "
            + $"{(overlapped == 0 ? 0 : overlapChars / (double)overlapped):F0} characters on average (the others' last sentence is longer than MaxOverlapChars).");
        context.Line();
    }

    private static void ReportThroughput(BenchmarkContext context, List<CorpusArticle> articles, ServiceProvider services, CancellationToken cancellationToken)
    {
        var megabytes = articles.Sum(a => a.Bytes) / 1e6;
        var normalization = services.GetRequiredService<NormalizationStep>();
        var normalize = Measure.Run(() =>
        {
            foreach (var article in articles) normalization.Normalize(article.Source, article.Extracted, cancellationToken);
        });

        var rows = new List<(string Name, Measure.Result Result)> { ("normalization (baseline)", normalize) };
        rows.Add(("chunking, characters", MeasureChunking(services.GetRequiredService<ChunkingStep>(), articles, cancellationToken)));
        foreach (var tokenizer in new[] { ChunkTokenizer.Cl100kBase, ChunkTokenizer.O200kBase })
        {
            using var tokenServices = Services(new Dictionary<string, string?>
            {
                ["Ingest:Chunking:Tokenizer"] = tokenizer.ToString(),
                ["Ingest:Chunking:MaxTokens"] = "512",
                ["Ingest:Chunking:MaxChars"] = "2000",
                ["Ingest:Chunking:MaxOverlapChars"] = "300",
            });
            rows.Add(($"chunking, {tokenizer} ≤ 512 tokens", MeasureChunking(tokenServices.GetRequiredService<ChunkingStep>(), articles, cancellationToken)));
        }

        var cl100k = TokenizerCache.Get(ChunkTokenizer.Cl100kBase)!;
        rows.Add(("cl100k_base tokenizer alone, paragraph by paragraph", Measure.Run(() =>
        {
            foreach (var article in articles)
            {
                foreach (var paragraph in article.Normalized.Paragraphs) cl100k.CountTokens(article.Normalized.Text.AsSpan(paragraph.Start, paragraph.Length));
            }
        })));

        var text = articles.Select(a => (a.Normalized.Text, Runs: BodyRun.Of(a.Normalized))).ToList();
        rows.Add(("fixed-size split", Measure.Run(() =>
        {
            foreach (var (_, runs) in text) foreach (var run in runs) FixedSizeSplitter.Split(run.Start, run.End, 500);
        })));
        var recursive = new RecursiveCharacterSplitter(RecursiveCharacterSplitter.SentenceFirstSeparators, 500, 0);
        rows.Add(("recursive split, sentence ends first", Measure.Run(() =>
        {
            foreach (var (body, runs) in text) foreach (var run in runs) recursive.Split(body, run.Start, run.End);
        })));

        context.Line("### Throughput");
        context.Line();
        context.Line($"Over {megabytes:F2} MB of article files (UTF-8), each stage given the previous stage's output; 3 timed runs after a warm-up.");
        context.Line();
        context.Line("| stage | MB/s | × normalization | allocated per run |");
        context.Line("| --- | ---: | ---: | ---: |");
        var baseline = megabytes / normalize.PerRun.TotalSeconds;
        foreach (var (name, result) in rows)
        {
            var rate = megabytes / result.PerRun.TotalSeconds;
            context.Line($"| {name} | {rate:F1} | {rate / baseline:F2} | {result.AllocatedBytes / 1e6:F0} MB |");
        }

        context.Line();
    }

    private static Measure.Result MeasureChunking(ChunkingStep chunking, List<CorpusArticle> articles, CancellationToken cancellationToken) =>
        Measure.Run(() =>
        {
            foreach (var article in articles) chunking.Chunk(article.Normalized, cancellationToken);
        });

    private static void ReportCorpus(BenchmarkContext context, List<CorpusArticle> articles, ChunkingStep chunking)
    {
        var cl100k = TokenizerCache.Get(ChunkTokenizer.Cl100kBase)!;
        var o200k = TokenizerCache.Get(ChunkTokenizer.O200kBase)!;
        context.Line("### The corpus behind the defaults");
        context.Line();
        context.Line("Sentences as the chunker splits them; tokens of the default 500-character chunks.");
        context.Line();
        context.Line("| language | sentences | median chars | p90 | p99 | over 500 | paragraph median | chars/token cl100k | chars/token o200k | chunk tokens cl100k p50 / p95 / max | o200k p50 / p95 / max |");
        context.Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in articles.GroupBy(a => a.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sentences = new List<double>();
            var paragraphs = new List<double>();
            long chars = 0, clTokens = 0, oTokens = 0;
            var clChunks = new List<double>();
            var oChunks = new List<double>();
            foreach (var article in group)
            {
                var document = article.Normalized;
                foreach (var paragraph in document.Paragraphs)
                {
                    paragraphs.Add(paragraph.Length);
                    var body = document.Text.AsSpan(paragraph.Start, paragraph.Length);
                    chars += body.Length;
                    clTokens += cl100k.CountTokens(body);
                    oTokens += o200k.CountTokens(body);
                    sentences.AddRange(Sentences(document, paragraph).Select(s => (double)s.Length));
                }

                foreach (var chunk in chunking.Chunk(document))
                {
                    clChunks.Add(cl100k.CountTokens(chunk.Text));
                    oChunks.Add(o200k.CountTokens(chunk.Text));
                }
            }

            sentences.Sort();
            paragraphs.Sort();
            clChunks.Sort();
            oChunks.Sort();
            context.Line($"| {group.Key} | {sentences.Count:N0} | {Measure.Percentile(sentences, 50):F0} | {Measure.Percentile(sentences, 90):F0} | "
                + $"{Measure.Percentile(sentences, 99):F0} | {sentences.Count(s => s > 500):N0} | {Measure.Percentile(paragraphs, 50):F0} | "
                + $"{chars / (double)clTokens:F2} | {chars / (double)oTokens:F2} | {Spread(clChunks)} | {Spread(oChunks)} |");
        }

        context.Line();
    }

    private static string Spread(List<double> sorted) =>
        $"{Measure.Percentile(sorted, 50):F0} / {Measure.Percentile(sorted, 95):F0} / {sorted[^1]:F0}";

    private static List<TextSpan> Sentences(NormalizedDocument document, NormalizedBlock paragraph)
    {
        var sentences = SentenceSplitter.Split(document.Text, paragraph.Start, paragraph.End);
        GarbleGuard.Join(sentences, document.Quality.MojibakeSpans);
        return sentences;
    }

    private static int LongestSentence(NormalizedDocument document) =>
        document.Paragraphs.SelectMany(p => Sentences(document, p)).Select(s => s.Length).DefaultIfEmpty(0).Max();
}
