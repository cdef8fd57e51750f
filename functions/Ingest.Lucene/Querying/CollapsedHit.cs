namespace Ingest.Lucene.Querying;

/// <summary>The best passage of one document in documents mode.</summary>
/// <param name="Doc">The passage's doc id in the top-level reader.</param>
/// <param name="Day">Publication date as yyyymmdd; 0 when unknown.</param>
internal readonly record struct CollapsedHit(int Doc, float Score, int Ordinal, int Day, string DocumentId);
