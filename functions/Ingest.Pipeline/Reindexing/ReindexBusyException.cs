namespace Ingest.Pipeline.Reindexing;

/// <summary>Another instance holds the re-index lock, but the run it is starting is not stored yet: try again in a moment.</summary>
public sealed class ReindexBusyException() : Exception("Another instance is starting a re-index; ask again in a few seconds.");
