using Ingest.Pipeline.Reindexing;

namespace Ingest.Local.Tests.Invariants;

/// <summary>One step of a generated scenario over the local host's services (<see cref="Support.HostWorld"/>).</summary>
internal abstract record HostOperation
{
    /// <summary>
    /// A step of the plain-index scenarios: a write, rename or delete (raised or missed), a
    /// duplicated event, or a pipeline version bump (the host restarted with another chunk budget).
    /// </summary>
    public sealed record Source(SourceOperation Step) : HostOperation
    {
        public override string ToString() => Step.ToString();
    }

    /// <summary>
    /// An incremental run of the re-index service, with <paramref name="Live"/> events arriving
    /// while its items are processed, worked through until it completes.
    /// </summary>
    public sealed record IncrementalReindex(IReadOnlyList<LiveStep> Live) : HostOperation
    {
        public override string ToString() => $"IncrementalReindex [{string.Join("; ", Live)}]";
    }

    /// <summary>
    /// A full run: it enumerates into a new generation, then <paramref name="Live"/> events arrive
    /// while its items are being processed, and it is worked through until it has switched.
    /// </summary>
    public sealed record FullReindex(IReadOnlyList<LiveStep> Live) : HostOperation
    {
        public override string ToString() => $"FullReindex [{string.Join("; ", Live)}]";
    }

    /// <summary>
    /// A run of <paramref name="Mode"/> stopped half-way: held before the page after slot
    /// <paramref name="HoldAfter"/> (when that page exists), <paramref name="BeforeStop"/> events
    /// arriving while some of its items are processed, <paramref name="Drained"/> more processed,
    /// then the host stops with the rest in its queue. The next host's start-up run
    /// (<see cref="ReindexRequest.AfterRestart"/>) resumes or replaces it, with <paramref name="AfterRestart"/>
    /// events arriving while its items are processed.
    /// </summary>
    public sealed record InterruptedReindex(ReindexMode Mode, int HoldAfter, IReadOnlyList<LiveStep> BeforeStop, int Drained, IReadOnlyList<LiveStep> AfterRestart)
        : HostOperation
    {
        public override string ToString() =>
            $"InterruptedReindex {{ Mode = {Mode}, HoldAfter = {HoldAfter}, BeforeStop = [{string.Join("; ", BeforeStop)}], Drained = {Drained}, "
            + $"AfterRestart = [{string.Join("; ", AfterRestart)}] }}";
    }

    /// <summary>A rollback to the previous generation (refused when there is none), then its re-enqueued items processed.</summary>
    public sealed record Rollback : HostOperation;
}
