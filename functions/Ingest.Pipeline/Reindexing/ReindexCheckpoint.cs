namespace Ingest.Pipeline.Reindexing;

/// <summary>How far a run's enumeration got: saved after every page so a stopped run resumes there.</summary>
/// <param name="Continuation">Where the next page of the source starts; null before the first page.</param>
/// <param name="Pages">Pages enumerated so far.</param>
/// <param name="SoFar">What the pages so far found and enqueued.</param>
public sealed record ReindexCheckpoint(string? Continuation, int Pages, ReindexSummary SoFar);
