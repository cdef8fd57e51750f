namespace Ingest.Benchmarks.Chunking;

/// <summary>What one splitter produced over the corpus: how many chunks, how big, how many end at a sentence end.</summary>
internal sealed class SplitTally(string name)
{
    private readonly List<double> _sizes = [];

    public string Name { get; } = name;

    public int Chunks { get; private set; }

    public int AtSentenceEnd { get; private set; }

    /// <summary>Chunks of articles in which no sentence alone exceeds the budget.</summary>
    public int ChunksWhereSentencesFit { get; private set; }

    public int AtSentenceEndWhereSentencesFit { get; private set; }

    public int OverBudget { get; private set; }

    public int Tiny { get; private set; }

    public void Add(string text, BodyRun run, (int Start, int End) chunk, bool sentencesFit, int budget, int tiny)
    {
        var endsSentence = SentenceEndJudge.EndsSentence(text, run.End, chunk.End);
        var size = chunk.End - chunk.Start;
        _sizes.Add(size);
        Chunks++;
        AtSentenceEnd += endsSentence ? 1 : 0;
        OverBudget += size > budget ? 1 : 0;
        Tiny += size < tiny ? 1 : 0;
        if (sentencesFit)
        {
            ChunksWhereSentencesFit++;
            AtSentenceEndWhereSentencesFit += endsSentence ? 1 : 0;
        }
    }

    public string Row()
    {
        var sorted = _sizes.Order().ToList();
        return $"| {Name} | {Chunks:N0} | {Percent(AtSentenceEnd, Chunks)} | {Percent(AtSentenceEndWhereSentencesFit, ChunksWhereSentencesFit)} | "
            + $"{sorted.Average():F0} | {Measure.Percentile(sorted, 50):F0} | {Percent(Tiny, Chunks)} | {OverBudget:N0} |";
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F2}%";
}
