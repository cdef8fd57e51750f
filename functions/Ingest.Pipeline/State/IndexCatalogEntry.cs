using Ingest.Pipeline.Indexing;

namespace Ingest.Pipeline.State;

/// <summary>A stored <see cref="IndexCatalog"/> with the version to compare-and-swap against.</summary>
public sealed record IndexCatalogEntry(IndexCatalog Catalog, string Version);
