using Ingest.Pipeline.Reindexing;

namespace Ingest.Api.Reindex;

/// <summary>The body of <c>GET /api/reindex</c>: the kept runs, the most recently started first.</summary>
public sealed record ReindexRunList(IReadOnlyList<ReindexRun> Runs);
