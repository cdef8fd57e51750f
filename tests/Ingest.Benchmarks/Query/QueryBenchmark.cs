using System.Diagnostics;
using System.Globalization;
using Ingest.Lucene;
using Ingest.Pipeline;
using Ingest.Pipeline.Documents;
using Ingest.Pipeline.Indexing;
using Ingest.Pipeline.Ingestion;
using Ingest.Pipeline.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ingest.Benchmarks.Query;

/// <summary>
/// Query latency of the embedded Lucene index at 10,000 and 100,000 passages, built from the corpus
/// with the real pipeline (articles repeated under distinct ids to reach the size): plain text
/// queries in documents mode, the same with a filter, three facets and highlights, and as the
/// baseline a raw Lucene TermQuery for the same word (top 10, stored fields read) on the same
/// index in the same run.
/// </summary>
internal sealed class QueryBenchmark : IBenchmark
{
    private static readonly string[] Words = ["经济", "发展", "改革", "数字化", "人工智能", "乡村振兴", "高质量发展", "碳中和", "教育", "医疗"];
    private const int Rounds = 30;

    public string Name => "query";

    public string Description => "Lucene query latency p50/p95/p99 at 10k and 100k passages vs a raw TermQuery";

    public async Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var articles = ProcessCorpus(context, cancellationToken);
        var perRound = articles.Sum(a => a.Count);
        context.Line(string.Create(CultureInfo.InvariantCulture, $"Corpus: {articles.Count} articles, {perRound:N0} passages through the real pipeline; {Words.Length} words × {Rounds} rounds per figure, one thread."));
        context.Line();
        context.Line("| passages | build | query | p50 ms | p95 ms | p99 ms | p50 / raw TermQuery p50 |");
        context.Line("| ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        foreach (var size in new[] { 10_000, 100_000 })
        {
            await RunSizeAsync(context, articles, size, cancellationToken);
        }
    }

    private static List<IReadOnlyList<IndexedChunk>> ProcessCorpus(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddIngestPipeline();
        using var provider = services.BuildServiceProvider();
        var processor = provider.GetRequiredService<DocumentProcessor>();
        var result = new List<IReadOnlyList<IndexedChunk>>();
        foreach (var file in context.CorpusFiles())
        {
            var source = new SourceDocument { Path = Path.GetRelativePath(context.CorpusPath, file).Replace('\\', '/'), Content = File.ReadAllBytes(file) };
            try
            {
                result.Add(IndexedChunkMapper.ToChunks(processor.Process(source, cancellationToken), "hash", "bench"));
            }
            catch (Pipeline.Failures.DocumentRejectedException)
            {
                // An article the pipeline rejects is simply not part of the benchmark corpus.
            }
        }

        return result;
    }

    private static async Task RunSizeAsync(BenchmarkContext context, List<IReadOnlyList<IndexedChunk>> articles, int size, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ingest-query-bench", Guid.NewGuid().ToString("N"));
        var options = Options.Create(new LuceneIndexOptions { IndexPath = folder, CommitDelay = TimeSpan.FromSeconds(5) });
        try
        {
            var build = Stopwatch.StartNew();
            using (var writer = new LuceneSearchIndex(options, TimeProvider.System, NullLogger<LuceneSearchIndex>.Instance))
            {
                var written = 0;
                for (var round = 0; written < size; round++)
                {
                    foreach (var chunks in articles)
                    {
                        if (written >= size)
                        {
                            break;
                        }

                        var documentId = $"{chunks[0].DocumentId}~{round}";
                        var copy = chunks.Take(size - written).Select(c => c with { DocumentId = documentId, ChunkId = $"{documentId}#{c.Ordinal}" }).ToList();
                        await writer.ReplaceDocumentAsync(documentId, copy, cancellationToken);
                        written += copy.Count;
                    }
                }
            }

            build.Stop();
            using var index = new LuceneSearchIndex(options, TimeProvider.System, NullLogger<LuceneSearchIndex>.Instance);
            using var directory = FSDirectory.Open(folder);
            using var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader);

            var raw = Time(i =>
            {
                // Unigram and bigram terms are what the folding analyzer indexes; the raw baseline
                // looks up the word's first bigram, the cheapest query that finds it.
                var top = searcher.Search(new TermQuery(new Term("text", Words[i % Words.Length][..2])), 10);
                foreach (var hit in top.ScoreDocs)
                {
                    _ = searcher.Doc(hit.Doc).Get("text");
                }

                return Task.CompletedTask;
            });
            var plain = Time(i => index.SearchAsync(new SearchQuery { Text = Words[i % Words.Length] }, cancellationToken));
            var rich = Time(i => index.SearchAsync(new SearchQuery
            {
                Text = Words[i % Words.Length],
                Filters = new SearchFilters { Languages = ["zh-Hans", "zh-Hant"] },
                Facets = [FacetField.Place, FacetField.Theme, FacetField.Person],
            }, cancellationToken));
            var browse = Time(_ => index.SearchAsync(new SearchQuery { Facets = [FacetField.Place, FacetField.Theme], OrderBy = SearchOrder.Date }, cancellationToken));

            var c = CultureInfo.InvariantCulture;
            var stats = await index.GetStatisticsAsync(cancellationToken);
            void Row(string name, List<double> ms) => context.Line(string.Create(c,
                $"| {stats.Chunks:N0} | {build.Elapsed.TotalSeconds:0.0} s | {name} | {P(ms, 50):0.00} | {P(ms, 95):0.00} | {P(ms, 99):0.00} | {P(ms, 50) / P(raw, 50):0.0}× |"));
            Row("raw TermQuery (baseline)", raw);
            Row("text, documents mode", plain);
            Row("text + filter + 3 facets, documents mode", rich);
            Row("browse (no text) + 2 facets, by date", browse);
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the benchmark for.
            }
        }
    }

    private static List<double> Time(Func<int, Task> query)
    {
        for (var i = 0; i < Words.Length * 2; i++)
        {
            query(i).GetAwaiter().GetResult();
        }

        var times = new List<double>(Words.Length * Rounds);
        for (var i = 0; i < Words.Length * Rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            query(i).GetAwaiter().GetResult();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static double P(List<double> sorted, double p) => Measure.Percentile(sorted, p);
}
