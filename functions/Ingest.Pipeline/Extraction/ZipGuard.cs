using System.IO.Compression;
using Ingest.Pipeline.Failures;

namespace Ingest.Pipeline.Extraction;

/// <summary>
/// Checks a ZIP package before a reader expands it: the declared sizes must stay under the cap,
/// and then every entry is actually inflated with a running count, because the sizes in the
/// central directory are written by whoever made the file and a zip bomb lies about them.
/// </summary>
internal static class ZipGuard
{
    public static void Check(ReadOnlyMemory<byte> content, long maxExpandedBytes, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(MemoryStreams.ReadOnly(content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentRejectedException(FailureReason.Corrupt,
                $"The file is not a readable ZIP package ({ex.Message}); it is damaged or truncated. Save it again from Word and drop it in again.", ex);
        }

        using (archive)
        {
            long declared = 0;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (declared > maxExpandedBytes)
                {
                    throw TooLarge(maxExpandedBytes);
                }
            }

            var buffer = new byte[81920];
            long expanded = 0;
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    using var stream = entry.Open();
                    int read;
                    while ((read = stream.Read(buffer)) > 0)
                    {
                        expanded += read;
                        if (expanded > maxExpandedBytes)
                        {
                            throw TooLarge(maxExpandedBytes);
                        }
                    }
                }
                catch (InvalidDataException ex)
                {
                    throw new DocumentRejectedException(FailureReason.Corrupt,
                        $"The package entry '{entry.FullName}' is damaged ({ex.Message}). Save the document again and drop it in again.", ex);
                }
            }
        }
    }

    private static DocumentRejectedException TooLarge(long maxExpandedBytes) =>
        new(FailureReason.ResourceLimit,
            $"The package expands to more than {maxExpandedBytes:N0} bytes (Ingest:Extraction:MaxExpandedBytes); it looks like a zip bomb, not a document.");
}
