using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Sources;

/// <summary>One page of a source listing, for re-index runs that checkpoint their progress.</summary>
/// <param name="Items">The articles of the page (sidecars and folder placeholders left out, so it may hold fewer than asked, even none).</param>
/// <param name="ContinuationToken">Where the next page starts; null after the last page.</param>
public sealed record SourcePage(IReadOnlyList<SourceItem> Items, string? ContinuationToken);
