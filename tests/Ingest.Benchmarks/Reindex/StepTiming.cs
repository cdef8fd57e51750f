namespace Ingest.Benchmarks.Reindex;

/// <summary>A row of the report: a step, its wall time, and what the command's own run record says.</summary>
/// <param name="Enqueued">Items the run enqueued; null for steps that are not re-index runs.</param>
/// <param name="RunTime">The run's own duration from its record; null when there is none.</param>
/// <param name="Files">Files the step covered (the files/s column); 0 for start-up rows.</param>
internal sealed record StepTiming(string Step, TimeSpan Wall, int? Enqueued, TimeSpan? RunTime, int Files);
