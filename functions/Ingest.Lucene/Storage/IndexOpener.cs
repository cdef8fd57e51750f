using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace Ingest.Lucene.Storage;

/// <summary>
/// Opens the index folder with its one writer. A folder locked by another process is an error the
/// operator must resolve; a folder Lucene cannot read is moved aside and replaced by an empty index,
/// because the index is derived data: the host re-ingests the sources and loses nothing.
/// </summary>
internal static partial class IndexOpener
{
    public static OpenIndex Open(string path, Analyzer analyzer, TimeProvider timeProvider, ILogger logger)
    {
        try
        {
            return OpenFolder(path, analyzer, recovered: false);
        }
        catch (LockObtainFailedException e)
        {
            throw InUse(path, e);
        }
        catch (Exception e) when (IsCorruption(e))
        {
            var aside = MoveAside(path, timeProvider);
            LogRecovered(logger, e, path, aside);
            try
            {
                return OpenFolder(path, analyzer, recovered: true);
            }
            catch (LockObtainFailedException again)
            {
                throw InUse(path, again);
            }
        }
    }

    private static OpenIndex OpenFolder(string path, Analyzer analyzer, bool recovered)
    {
        var directory = FSDirectory.Open(path, new ExclusiveFileLockFactory(path));
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(LuceneIndex.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
            writer = new IndexWriter(directory, config);
            if (!DirectoryReader.IndexExists(directory))
            {
                // A first commit, so that a restart (or a read-only tool) finds an index, even an empty one.
                writer.Commit();
            }

            // Opening the near-real-time reader reads every segment, which finds damage the
            // commit point alone does not show.
            var searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
            return new OpenIndex(directory, writer, searchers, recovered);
        }
        catch
        {
            // Rollback closes the writer without committing and frees write.lock for the retry.
            try
            {
                writer?.Rollback();
            }
            catch (IOException)
            {
                // The original failure is the one worth reporting.
            }

            directory.Dispose();
            throw;
        }
    }

    /// <summary>Exceptions that say the files are damaged, truncated or of a format we cannot read.</summary>
    private static bool IsCorruption(Exception e) => e is CorruptIndexException
        or IndexFormatTooOldException
        or IndexFormatTooNewException
        or EndOfStreamException
        or FileNotFoundException;

    private static InvalidOperationException InUse(string path, Exception inner) => new(
        $"The index at {path} is in use by another process (write.lock held). Stop the other host or use another data folder.",
        inner);

    private static string MoveAside(string path, TimeProvider timeProvider)
    {
        var stamp = timeProvider.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var target = $"{path}.corrupt-{stamp}";
        for (var i = 2; System.IO.Directory.Exists(target) || File.Exists(target); i++)
        {
            target = $"{path}.corrupt-{stamp}-{i}";
        }

        System.IO.Directory.Move(path, target);
        return target;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index at {IndexPath} could not be read; it was moved to {MovedTo} and an empty index created. Re-ingest the sources to rebuild it.")]
    private static partial void LogRecovered(ILogger logger, Exception exception, string indexPath, string movedTo);
}
