namespace Ingest.Local.Tests.Invariants;

/// <summary>
/// A generated scenario over the local host's services: the article variant each slot starts with
/// (a host starts over a folder of articles), then a list of operations. Printed readably when a property fails.
/// </summary>
public sealed class HostScenario
{
    internal HostScenario(IReadOnlyList<int> initial, IReadOnlyList<HostOperation> operations)
    {
        Initial = initial;
        Operations = operations;
    }

    /// <summary>The variant of <see cref="Support.Articles.Texts"/> in each slot of <see cref="ScenarioGenerators.Slots"/> at the start.</summary>
    internal IReadOnlyList<int> Initial { get; }

    internal IReadOnlyList<HostOperation> Operations { get; }

    public override string ToString() => $"Initial [{string.Join(", ", Initial)}]; {string.Join("; ", Operations)}";
}
