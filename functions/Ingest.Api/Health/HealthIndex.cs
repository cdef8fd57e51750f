namespace Ingest.Api.Health;

/// <summary>The index generations as the health endpoint reports them.</summary>
/// <param name="Active">The generation queries read.</param>
/// <param name="Building">The generation a full re-index is filling, if any.</param>
/// <param name="Previous">The generation a rollback would bring back, if any.</param>
/// <param name="SwitchedAt">When the active generation became active (null before the first switch).</param>
public sealed record HealthIndex(int Active, int? Building, int? Previous, DateTimeOffset? SwitchedAt);
