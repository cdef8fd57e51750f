namespace Ingest.Pipeline.Reindexing;

/// <summary>What a rollback did.</summary>
/// <param name="Active">The generation active now (the one the last switch replaced).</param>
/// <param name="Previous">The generation rolled back from, kept so a second rollback undoes this one.</param>
/// <param name="Requeued">Documents changed since the switch, enqueued again so the generation now active has them too.</param>
public sealed record IndexRollback(int Active, int Previous, int Requeued);
