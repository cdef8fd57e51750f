using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.KeyPhrases;
using Ingest.Pipeline.Tagging.Segmentation;
using Ingest.Pipeline.Tagging.Themes;
using Ingest.Pipeline.Text;

namespace Ingest.Benchmarks.Tagging;

/// <summary>
/// Cold start of the tagging dictionaries, then throughput on the Chinese corpus: plain jieba
/// segmentation (the baseline every entity tag builds on), jieba's own part-of-speech segmenter (what
/// a straightforward tagger would call), our tagged segmentation, the entity tagger, the theme
/// tagger and key phrases, in MB/s of UTF-8 text and as a ratio to the baseline.
/// </summary>
internal sealed class TaggingBenchmark : IBenchmark
{
    public string Name => "tagging";

    public string Description => "cold-start load time and MB/s of entity and theme tagging vs plain jieba segmentation";


    public Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var watch = Stopwatch.StartNew();
        var segmenter = ChineseSegmenter.Shared;
        var segmenterLoad = watch.Elapsed;
        watch.Restart();
        var gazetteer = Ingest.Pipeline.Tagging.Gazetteer.Gazetteer.Default;
        var gazetteerLoad = watch.Elapsed;
        watch.Restart();
        var themes = new ThemeTagger(Taxonomy.LoadDefault());
        var taxonomyLoad = watch.Elapsed;
        watch.Restart();
        _ = IdfTable.Shared;
        var idfLoad = watch.Elapsed;
        var tagger = new EntityTagger(gazetteer);

        context.Line("Cold start (first use in the process, loaded once and shared):");
        context.Line(string.Create(c, $"- jieba dictionary + HMM tables: {segmenterLoad.TotalMilliseconds:0} ms (segmenter's own figure {segmenter.LoadTime.TotalMilliseconds:0} ms)"));
        context.Line(string.Create(c, $"- gazetteer ({gazetteer.Count:N0} names): {gazetteerLoad.TotalMilliseconds:0} ms; taxonomy: {taxonomyLoad.TotalMilliseconds:0} ms; IDF table: {idfLoad.TotalMilliseconds:0} ms"));
        context.Line();

        var texts = context.CorpusFiles()
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}zh-", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Select(t => (Text: t, Folded: ScriptFolder.Fold(t)))
            .ToList();
        var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text)) / 1_000_000.0;
        context.Line(string.Create(c, $"Corpus: {texts.Count} Chinese articles, {megabytes:0.00} MB UTF-8, one thread."));
        context.Line();

        var plain = new JiebaNet.Segmenter.JiebaSegmenter();
        var posSegmenter = new JiebaNet.Segmenter.PosSeg.PosSegmenter();
        var baseline = Measure.Run(() =>
        {
            foreach (var (_, folded) in texts)
            {
                foreach (var line in folded.Split('\n')) _ = plain.Cut(line, cutAll: false, hmm: true).Count();
            }
        });
        var jiebaPos = Measure.Run(() =>
        {
            foreach (var (_, folded) in texts)
            {
                foreach (var line in folded.Split('\n')) _ = posSegmenter.Cut(line, hmm: true).Count();
            }
        });
        var taggedCold = Measure.Run(() =>
        {
            segmenter.ForgetRuns();
            foreach (var (_, folded) in texts) segmenter.Segment(folded, cancellationToken);
        });
        var tagged = Measure.Run(() =>
        {
            foreach (var (_, folded) in texts) segmenter.Segment(folded, cancellationToken);
        });
        var entities = Measure.Run(() =>
        {
            foreach (var (text, folded) in texts) tagger.Tag(text, folded, QualityReport.Clean, null, cancellationToken);
        });
        var themeScores = Measure.Run(() =>
        {
            foreach (var (_, folded) in texts) themes.Score(folded, 0.35, 3);
        });
        var all = Measure.Run(() =>
        {
            foreach (var (text, folded) in texts)
            {
                var (_, words) = tagger.TagWithWords(text, folded, QualityReport.Clean, null, cancellationToken);
                themes.Score(folded, 0.35, 3);
                KeyPhraseExtractor.Extract(text, folded, words, QualityReport.Clean, 10);
            }
        });

        context.Line("| work | time per pass | MB/s | vs jieba segmentation | allocated per pass |");
        context.Line("| --- | --- | --- | --- | --- |");
        Row("jieba segmentation, no tags (baseline)", baseline);
        Row("jieba's part-of-speech segmenter", jiebaPos);
        Row("our tagged segmentation, nothing remembered (dictionary tags, POS HMM on runs with possible names)", taggedCold);
        Row("our tagged segmentation, runs remembered from earlier passes", tagged);
        Row("entity tagger (segmentation + rules + gazetteer)", entities);
        Row("theme scoring alone", themeScores);
        Row("entities + themes + key phrases (the stage)", all);
        return Task.CompletedTask;

        void Row(string name, Measure.Result result) =>
            context.Line(string.Create(c, $"| {name} | {result.PerRun.TotalMilliseconds:0} ms | {megabytes / result.PerRun.TotalSeconds:0.00} | {result.PerRun / baseline.PerRun:0.00}x | {result.AllocatedBytes / 1_000_000.0:0} MB |"));
    }
}
