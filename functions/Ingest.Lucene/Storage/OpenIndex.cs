using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Ingest.Lucene.Storage;

/// <summary>The parts of an opened index, owned by <see cref="IndexStore"/>.</summary>
internal sealed record OpenIndex(FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers, bool RecoveredFromCorruption);
