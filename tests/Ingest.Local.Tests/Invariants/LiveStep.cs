namespace Ingest.Local.Tests.Invariants;

/// <summary>
/// One step while a re-index run's items wait in the queue: process <paramref name="Drain"/> of
/// them, then apply <paramref name="Event"/> (a change to the source, raised or missed, or a duplicate)
/// as the folder watcher would, beside the run.
/// </summary>
internal sealed record LiveStep(int Drain, SourceOperation Event)
{
    public override string ToString() => $"drain {Drain}, {Event}";
}
