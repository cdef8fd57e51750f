namespace Ingest.Pipeline.Reindexing;

/// <summary>The answer to a start: the run, and the enumeration that goes on in the background.</summary>
/// <param name="Run">The run started, resumed, or found already running (<see cref="ReindexRun.AlreadyRunning"/>).</param>
/// <param name="Enumeration">Completes when the run's enumeration has enqueued everything (at once when nothing was started).</param>
public sealed record ReindexStart(ReindexRun Run, Task Enumeration);
