using FsCheck;
using FsCheck.Fluent;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Local.Tests.Invariants;

/// <summary>
/// Generated scenarios over the local host: the plain-index scenarios' steps (see
/// <see cref="ScenarioGenerators"/>; their re-index becomes an incremental run of the re-index
/// service), plus full runs with events arriving beside them, runs stopped half-way and rollbacks.
/// Failing scenarios shrink by dropping operations and live events and by draining less.
/// </summary>
public static class HostScenarioGenerators
{
    /// <summary>Operations per scenario, at most.</summary>
    public const int MaxLength = 10;

    internal static Gen<HostOperation> Operation()
    {
        var live = Live();
        var source = ScenarioGenerators.Operation().SelectMany(op => op is SourceOperation.Reindex
            ? live.Select(steps => (HostOperation)new HostOperation.IncrementalReindex(steps))
            : Gen.Constant((HostOperation)new HostOperation.Source(op)));
        var interrupted =
            from mode in Gen.Frequency((3, Gen.Constant(ReindexMode.Full)), (1, Gen.Constant(ReindexMode.Incremental)))
            from hold in Gen.Choose(0, ScenarioGenerators.Slots.Length - 1)
            from before in live
            from drained in Gen.Choose(0, 3)
            from after in live
            select (HostOperation)new HostOperation.InterruptedReindex(mode, hold, before, drained, after);
        // Bumps are rare among the plain steps; a switch or rollback across pipeline versions needs more of them.
        var bump = Gen.Elements(ScenarioGenerators.Budgets).Select(b => (HostOperation)new HostOperation.Source(new SourceOperation.Bump(b)));
        return Gen.Frequency(
            (7, source),
            (2, bump),
            (3, live.Select(steps => (HostOperation)new HostOperation.FullReindex(steps))),
            (2, interrupted),
            (2, Gen.Constant((HostOperation)new HostOperation.Rollback())));
    }

    public static Arbitrary<HostScenario> Scenarios()
    {
        var initial = Gen.Choose(0, Support.Articles.Texts.Count - 1).ArrayOf(ScenarioGenerators.Slots.Length);
        var scenarios =
            from variants in initial
            from length in Gen.Choose(1, MaxLength)
            from operations in Operation().ArrayOf(length)
            select new HostScenario(variants, operations);
        return Arb.From(scenarios, Shrink);
    }

    // Up to three changes to the source while a run's items are processed; a duplicate is an event too.
    private static Gen<IReadOnlyList<LiveStep>> Live()
    {
        var change = ScenarioGenerators.Operation().Where(op => op is SourceOperation.Write or SourceOperation.Rename or SourceOperation.Delete or SourceOperation.Duplicate);
        var step = from drain in Gen.Choose(0, 3) from e in change select new LiveStep(drain, e);
        return Gen.Choose(0, 3).SelectMany(n => step.ArrayOf(n)).Select(steps => (IReadOnlyList<LiveStep>)steps);
    }

    private static IEnumerable<HostScenario> Shrink(HostScenario scenario)
    {
        var operations = scenario.Operations;
        for (var i = 0; i < operations.Count; i++)
        {
            yield return new HostScenario(scenario.Initial, [.. operations.Take(i), .. operations.Skip(i + 1)]);
        }

        for (var i = 0; i < operations.Count; i++)
        {
            foreach (var simpler in Simpler(operations[i]))
            {
                yield return new HostScenario(scenario.Initial, [.. operations.Take(i), simpler, .. operations.Skip(i + 1)]);
            }
        }
    }

    private static IEnumerable<HostOperation> Simpler(HostOperation operation) => operation switch
    {
        HostOperation.IncrementalReindex incremental => Simpler(incremental.Live).Select(live => new HostOperation.IncrementalReindex(live)),
        HostOperation.FullReindex full => Simpler(full.Live).Select(live => new HostOperation.FullReindex(live)),
        HostOperation.InterruptedReindex stopped => Simpler(stopped.BeforeStop).Select(live => (HostOperation)(stopped with { BeforeStop = live }))
            .Concat(Simpler(stopped.AfterRestart).Select(live => stopped with { AfterRestart = live }))
            .Concat(stopped.Drained > 0 ? [stopped with { Drained = 0 }] : []),
        _ => [],
    };

    private static IEnumerable<IReadOnlyList<LiveStep>> Simpler(IReadOnlyList<LiveStep> live)
    {
        for (var i = 0; i < live.Count; i++)
        {
            yield return [.. live.Take(i), .. live.Skip(i + 1)];
        }

        for (var i = 0; i < live.Count; i++)
        {
            if (live[i].Drain > 0)
            {
                yield return [.. live.Take(i), live[i] with { Drain = 0 }, .. live.Skip(i + 1)];
            }
        }
    }
}
