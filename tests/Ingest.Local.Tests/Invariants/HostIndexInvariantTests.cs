using FsCheck.Xunit;
using Ingest.Local.Tests.Support;
using Ingest.Pipeline.Reindexing;

namespace Ingest.Local.Tests.Invariants;

/// <summary>
/// The invariant of <see cref="IndexInvariantTests"/> over the local host's services: the re-index
/// service's runs, index generations filled side by side while events go on, runs stopped half-way
/// and resumed by the next host, rollbacks. After every step the active generation holds what the
/// manifests say is indexed (after a rollback, in documents and content: the rolled-back generation
/// keeps the earlier pipeline's passages), and none is left half-built; whatever happened, one run
/// afterwards (incremental, or full after a rollback) leaves an active generation that holds exactly
/// what a fresh ingest of the final source makes.
/// </summary>
public sealed class HostIndexInvariantTests
{
    // Each case runs real hosts over temp folders (about 0.3 s for ten operations); 30 keep the property near 12 s on two cores.
    [Property(Arbitrary = [typeof(HostScenarioGenerators)], MaxTest = 30)]
    public async Task ReindexService_AfterAnyScenario_ActiveGenerationEqualsFreshIngestOfFinalSource(HostScenario scenario)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var world = new HostWorld();
        var runner = new HostScenarioRunner(world, cancellationToken);
        await runner.StartOverAsync(scenario.Initial);
        foreach (var operation in scenario.Operations)
        {
            await runner.ApplyAsync(operation);
            await runner.AssertActiveMatchesManifestsAsync();
        }

        // After a rollback the earlier pipeline's passages stay by design; an operator who wants the
        // current pipeline everywhere again runs a full re-index.
        var final = await runner.Host.RunAsync(new ReindexRequest(runner.ServingRolledBack ? ReindexMode.Full : ReindexMode.Incremental), cancellationToken);

        Assert.Equal(ReindexState.Completed, final.State);
        var active = await runner.AssertActiveMatchesManifestsAsync();
        Assert.Equal(await world.FreshEntriesAsync(runner.Budget, cancellationToken), active);
    }
}
