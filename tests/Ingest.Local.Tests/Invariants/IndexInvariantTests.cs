using FsCheck.Xunit;
using Ingest.Local.Tests.Support;

namespace Ingest.Local.Tests.Invariants;

/// <summary>
/// Whatever happens to the source (adds, edits, renames, deletes, missed and duplicated events,
/// pipeline upgrades, re-indexes in between), one re-index afterwards leaves exactly the index that
/// a fresh ingest of the final source makes: the same documents, chunks, content hashes and versions.
/// </summary>
public sealed class IndexInvariantTests
{
    [Property(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = 25)]
    public async Task Reindex_AfterAnyScenario_IndexEqualsFreshIngestOfFinalSource(Scenario scenario)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var world = new LocalWorld();
        var pipelines = ScenarioGenerators.Budgets.ToDictionary(b => b, b => (First: world.Pipeline(b), Second: world.Pipeline(b)));
        var budget = ScenarioGenerators.Budgets[0];
        foreach (var operation in scenario.Operations)
        {
            var (first, second) = pipelines[budget];
            switch (operation)
            {
                case SourceOperation.Write(var slot, var variant, var raise):
                    world.Write(ScenarioGenerators.Slots[slot], Articles.Texts[variant]);
                    if (raise) await first.Ingestion.IngestAsync(ScenarioGenerators.Slots[slot], cancellationToken: cancellationToken);
                    break;
                case SourceOperation.Rename(var from, var to, var raise) when from != to && File.Exists(Path.Combine(world.SourcePath, ScenarioGenerators.Slots[from])):
                    world.Move(ScenarioGenerators.Slots[from], ScenarioGenerators.Slots[to]);
                    if (raise)
                    {
                        await first.Ingestion.IngestAsync(ScenarioGenerators.Slots[to], cancellationToken: cancellationToken);
                        await first.Ingestion.RemoveAsync(ScenarioGenerators.Slots[from], cancellationToken);
                    }

                    break;
                case SourceOperation.Delete(var slot, var raise) when File.Exists(Path.Combine(world.SourcePath, ScenarioGenerators.Slots[slot])):
                    world.Delete(ScenarioGenerators.Slots[slot]);
                    if (raise) await first.Ingestion.RemoveAsync(ScenarioGenerators.Slots[slot], cancellationToken);
                    break;
                case SourceOperation.Duplicate(var slot):
                    var path = ScenarioGenerators.Slots[slot];
                    await Task.WhenAll(
                        Task.Run(() => first.Ingestion.IngestAsync(path, cancellationToken: cancellationToken), cancellationToken),
                        Task.Run(() => first.Ingestion.IngestAsync(path, cancellationToken: cancellationToken), cancellationToken),
                        Task.Run(() => second.Ingestion.IngestAsync(path, cancellationToken: cancellationToken), cancellationToken));
                    break;
                case SourceOperation.Bump(var next):
                    budget = next;
                    break;
                case SourceOperation.Reindex:
                    await first.ReconcileAndDrainAsync(cancellationToken);
                    break;
            }
        }

        await pipelines[budget].First.ReconcileAndDrainAsync(cancellationToken);

        using var fresh = new LocalWorld();
        foreach (var file in Directory.EnumerateFiles(world.SourcePath, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(world.SourcePath, file);
            fresh.Write(relative, await File.ReadAllTextAsync(file, cancellationToken));
        }

        await fresh.Pipeline(budget).ReconcileAndDrainAsync(cancellationToken);

        var expected = await fresh.EntriesAsync(cancellationToken);
        var actual = await world.EntriesAsync(cancellationToken);
        Assert.Equal(expected, actual);
    }
}
