using System.Collections.Concurrent;
using System.Diagnostics;
using Ingest.Pipeline.Normalization;
using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Text;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>
/// Scores the entity tagger against gold annotations: precision, recall and F1 per type and
/// overall (micro-averaged), counting an entity correct only when type, start and end all match,
/// as the CoNLL and SIGHAN evaluations do. Gold files annotate flat, non-nested spans, so the
/// tagger's nested output (浙江 inside 浙江省委) is flattened to the outermost spans first.
/// </summary>
public sealed class NerEvaluator(EntityTagger tagger)
{
    /// <summary>The types a gold file can score, in report order.</summary>
    public static readonly IReadOnlyList<EntityType> ScoredTypes = [EntityType.Person, EntityType.Place, EntityType.Organization];

    public NerReport Evaluate(IReadOnlyList<GoldSentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);

        // Load the dictionaries first, so that the elapsed time is tagging time only.
        _ = Segmentation.ChineseSegmenter.Shared;
        var watch = Stopwatch.StartNew();
        var gold = new int[ScoredTypes.Count];
        var predicted = new int[ScoredTypes.Count];
        var correct = new int[ScoredTypes.Count];
        var results = new ConcurrentBag<(int[] Gold, int[] Predicted, int[] Correct)>();

        Parallel.ForEach(
            Partitioner.Create(0, sentences.Count, 64),
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Gold: new int[ScoredTypes.Count], Predicted: new int[ScoredTypes.Count], Correct: new int[ScoredTypes.Count]),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    Score(sentences[i], local.Gold, local.Predicted, local.Correct, cancellationToken);
                }

                return local;
            },
            local => results.Add(local));

        foreach (var (g, p, c) in results)
        {
            for (var t = 0; t < ScoredTypes.Count; t++)
            {
                gold[t] += g[t];
                predicted[t] += p[t];
                correct[t] += c[t];
            }
        }

        var types = ScoredTypes.Select((type, t) => new TypeScore(type.ToString().ToLowerInvariant(), gold[t], predicted[t], correct[t])).ToList();
        types.Add(new TypeScore("overall", gold.Sum(), predicted.Sum(), correct.Sum()));
        return new NerReport(sentences.Count, sentences.Sum(s => s.Text.Length), types, watch.Elapsed);
    }

    /// <summary>The tagger's flat person/place/organization spans for one sentence, as the evaluation sees them.</summary>
    public IReadOnlyList<GoldSpan> Predict(string sentence, CancellationToken cancellationToken = default)
    {
        var entities = tagger.Tag(sentence, ScriptFolder.Fold(sentence), QualityReport.Clean, publishedAt: null, cancellationToken);
        return Flatten(entities);
    }

    /// <summary>Keeps scored types only and drops every span that lies inside another kept span.</summary>
    internal static IReadOnlyList<GoldSpan> Flatten(IReadOnlyList<Entity> entities)
    {
        var scored = entities.Where(e => ScoredTypes.Contains(e.Type)).ToList();
        return scored
            .Where(e => !scored.Any(o => !ReferenceEquals(o, e) && o.Start <= e.Start && o.End >= e.End && (o.End - o.Start) > (e.End - e.Start)))
            .Select(e => new GoldSpan(e.Type, e.Start, e.End))
            .Distinct()
            .ToList();
    }

    private void Score(GoldSentence sentence, int[] gold, int[] predicted, int[] correct, CancellationToken cancellationToken)
    {
        var predictions = Predict(sentence.Text, cancellationToken);
        var expected = sentence.Entities.ToHashSet();
        foreach (var span in sentence.Entities)
        {
            gold[Index(span.Type)]++;
        }

        foreach (var span in predictions)
        {
            var t = Index(span.Type);
            predicted[t]++;
            if (expected.Contains(span)) correct[t]++;
        }
    }

    private static int Index(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Place => 1,
        EntityType.Organization => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a scored type."),
    };
}
