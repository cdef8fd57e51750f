using FsCheck;
using FsCheck.Fluent;

namespace Ingest.Local.Tests.Invariants;

/// <summary>Generated scenarios: a few files, a few versions, missed events, duplicates and re-indexes.</summary>
public static class ScenarioGenerators
{
    public static readonly string[] Slots = ["a.txt", "b.md", "sub/c.txt", "d.txt"];
    public static readonly int[] Budgets = [500, 120];

    internal static Gen<SourceOperation> Operation()
    {
        var slot = Gen.Choose(0, Slots.Length - 1);
        var variant = Gen.Choose(0, Support.Articles.Texts.Count - 1);
        var flag = Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)));
        return Gen.Frequency(
            (6, from s in slot from v in variant from e in flag select (SourceOperation)new SourceOperation.Write(s, v, e)),
            (2, from f in slot from t in slot from e in flag select (SourceOperation)new SourceOperation.Rename(f, t, e)),
            (2, from s in slot from e in flag select (SourceOperation)new SourceOperation.Delete(s, e)),
            (2, from s in slot select (SourceOperation)new SourceOperation.Duplicate(s)),
            (1, from b in Gen.Elements(Budgets) select (SourceOperation)new SourceOperation.Bump(b)),
            (2, Gen.Constant((SourceOperation)new SourceOperation.Reindex())));
    }

    public static Arbitrary<Scenario> Scenarios() =>
        Gen.Choose(1, 12).SelectMany(n => Operation().ArrayOf(n)).Select(ops => new Scenario(ops)).ToArbitrary();
}
