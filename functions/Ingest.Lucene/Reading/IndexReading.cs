using Ingest.Lucene.Mapping;
using Ingest.Pipeline.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ingest.Lucene.Reading;

/// <summary>Reads that walk the index rather than rank it: a document's chunks, every entry, the size.</summary>
internal static class IndexReading
{
    public static IReadOnlyList<IndexedChunk> DocumentChunks(IndexSearcher searcher, string documentId)
    {
        var collector = new DocIdCollector();
        searcher.Search(new TermQuery(new Term(FieldNames.DocumentId, documentId)), collector);
        return collector.Docs
            .Select(doc => ChunkDocumentMapper.ToChunk(searcher.Doc(doc)))
            .OrderBy(c => c.Ordinal)
            .ToList();
    }

    /// <summary>The entries of one segment's live chunks, from doc values (no stored fields).</summary>
    public static List<IndexEntry> Entries(AtomicReader reader, CancellationToken cancellationToken)
    {
        var liveDocs = reader.LiveDocs;
        var documentIds = reader.GetSortedDocValues(FieldNames.DocumentId) ?? DocValues.EMPTY_SORTED;
        var chunkIds = reader.GetBinaryDocValues(FieldNames.ChunkId) ?? DocValues.EMPTY_BINARY;
        var hashes = reader.GetSortedDocValues(FieldNames.ContentHash) ?? DocValues.EMPTY_SORTED;
        var versions = reader.GetSortedDocValues(FieldNames.PipelineVersion) ?? DocValues.EMPTY_SORTED;
        var scratch = new BytesRef();
        string Read(BinaryDocValues values, int doc)
        {
            values.Get(doc, scratch);
            return scratch.Utf8ToString();
        }

        var entries = new List<IndexEntry>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if ((doc & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (liveDocs is null || liveDocs.Get(doc))
            {
                entries.Add(new IndexEntry(Read(documentIds, doc), Read(chunkIds, doc), Read(hashes, doc), Read(versions, doc)));
            }
        }

        return entries;
    }

    /// <summary>Live chunks, and document ids that still have at least one live chunk.</summary>
    public static IndexStatistics Statistics(IndexReader reader)
    {
        long documents = 0;
        var terms = MultiFields.GetTerms(reader, FieldNames.DocumentId);
        if (terms is not null)
        {
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    documents++;
                }
            }
        }

        return new IndexStatistics(reader.NumDocs, documents);
    }
}
