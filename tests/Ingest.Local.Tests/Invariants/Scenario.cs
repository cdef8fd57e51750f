namespace Ingest.Local.Tests.Invariants;

/// <summary>A generated list of operations, printed readably when a property fails.</summary>
public sealed class Scenario
{
    internal Scenario(SourceOperation[] operations) => Operations = operations;

    internal IReadOnlyList<SourceOperation> Operations { get; }

    public override string ToString() => string.Join("; ", Operations);
}
