using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Lucene.Reading;

/// <summary>Collects the top-level doc ids of every match, without scores, for small result sets read in full.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Scores are not needed.
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => Docs.Add(docBase + doc);
}
