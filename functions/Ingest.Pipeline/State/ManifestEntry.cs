namespace Ingest.Pipeline.State;

/// <summary>A manifest with the store's version tag, for compare-and-swap writes.</summary>
public sealed record ManifestEntry(DocumentManifest Manifest, string Version);
