namespace Ingest.Local.Tests.Invariants;

/// <summary>One step of a generated scenario over the source folder and the services.</summary>
internal abstract record SourceOperation
{
    /// <summary>Write a new or changed file; with <paramref name="Event"/>, ingest it as the blob event would.</summary>
    public sealed record Write(int Slot, int Variant, bool Event) : SourceOperation;

    /// <summary>Rename a file; with <paramref name="Event"/>, ingest the new path and remove the old.</summary>
    public sealed record Rename(int From, int To, bool Event) : SourceOperation;

    /// <summary>Delete a file; with <paramref name="Event"/>, remove its document.</summary>
    public sealed record Delete(int Slot, bool Event) : SourceOperation;

    /// <summary>Ingest the same file several times at once, on two service instances.</summary>
    public sealed record Duplicate(int Slot) : SourceOperation;

    /// <summary>Switch the pipeline version (a different chunk budget) for every later step.</summary>
    public sealed record Bump(int MaxChars) : SourceOperation;

    /// <summary>Run a reconcile pass and work through what it enqueued.</summary>
    public sealed record Reindex : SourceOperation;
}
