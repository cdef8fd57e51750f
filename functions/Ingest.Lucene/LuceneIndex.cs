using Lucene.Net.Util;

namespace Ingest.Lucene;

/// <summary>Constants shared by the adapter's parts.</summary>
internal static class LuceneIndex
{
    /// <summary>The Lucene compatibility version of every analyzer and the writer.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
